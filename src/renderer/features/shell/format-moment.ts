/** The app speaks British English, so its dates read as the letters' do ("29 November 2026"), not "11/29/2026". */
const APP_LOCALE = 'en-GB';

const FORMATS = {
  'date-time': new Intl.DateTimeFormat(APP_LOCALE, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
  time: new Intl.DateTimeFormat(APP_LOCALE, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
} as const;

/** A stored ISO time as the app shows it: "29 November 2026 at 14:05", or "14:05:09" for `time`. */
export function formatMoment(iso: string, style: keyof typeof FORMATS = 'date-time'): string {
  return FORMATS[style].format(new Date(iso));
}
