/** How a date written with the day and month as numbers is read: 05/03/2026 is 5 March day-first, 3 May month-first. */
export type DayMonthOrder = 'day-first' | 'month-first';

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(.*)$/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(.*)$/;
const TIME = /^(?:[T\s,]+(\d{1,2})[:.h](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?\s*(am|pm|a\.\s?m\.|p\.\s?m\.)?)?\s*(.*)$/i;
const ZONE = /^(?:(?:gmt|utc)\s*)?([+-−])(\d{1,2})(?::?(\d{2}))?$/i;
/** Excel's day 25569 is 1 January 1970; serial numbers in this range are the years 1954–2119. */
const SERIAL = /^(\d{5})(?:\.(\d+))?$/;

/**
 * The moment an answer was given, in milliseconds, from a form's timestamp cell as a person sees it:
 * ISO dates (what a workbook's date cells read as), "2026/03/02 9:14:03 AM GMT+1" (Google Forms),
 * "02.03.2026 09:14", "3/2/2026 9:14:03" read day- or month-first as told, and Excel serial numbers.
 * A time without a zone counts as UTC. Null when the cell is not such a date.
 */
export function parseAnswerTime(text: string, order: DayMonthOrder): number | null {
  const trimmed = text.trim();
  const serial = SERIAL.exec(trimmed);
  if (serial) {
    const days = Number(trimmed);
    return days >= 20_000 && days <= 80_000 ? Math.round((days - 25_569) * 86_400_000) : null;
  }
  let year: number;
  let month: number;
  let day: number;
  let rest: string;
  const yearFirst = YEAR_FIRST.exec(trimmed);
  const yearLast = yearFirst ? null : YEAR_LAST.exec(trimmed);
  if (yearFirst) {
    [year, month, day] = [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])];
    rest = yearFirst[4]!;
  } else if (yearLast) {
    const [first, second] = [Number(yearLast[1]), Number(yearLast[2])];
    [day, month] = order === 'day-first' ? [first, second] : [second, first];
    year = yearLast[3]!.length === 2 ? 2000 + Number(yearLast[3]) : Number(yearLast[3]);
    rest = yearLast[4]!;
  } else {
    return null;
  }
  const time = TIME.exec(rest);
  if (!time) return null;
  let hours = time[1] === undefined ? 0 : Number(time[1]);
  const minutes = time[2] === undefined ? 0 : Number(time[2]);
  const seconds = time[3] === undefined ? 0 : Number(time[3]);
  const meridiem = time[4]?.toLowerCase().replace(/[\s.]/g, '');
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  let offsetMinutes = 0;
  const zoneText = time[5]!.trim();
  if (zoneText && !/^(?:z|gmt|utc)$/i.test(zoneText)) {
    const zone = ZONE.exec(zoneText);
    if (!zone || Number(zone[2]) > 14 || Number(zone[3] ?? 0) > 59) return null;
    offsetMinutes = (Number(zone[2]) * 60 + Number(zone[3] ?? 0)) * (zone[1] === '+' ? 1 : -1);
  }
  if (month < 1 || month > 12 || day < 1) return null;
  const moment = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  // Date.UTC rolls 31 April over to 1 May: such a date is not one.
  if (new Date(moment).getUTCDate() !== day) return null;
  return moment - offsetMinutes * 60_000;
}
