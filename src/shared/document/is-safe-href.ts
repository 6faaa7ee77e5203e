const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Whether a letter's link may be kept: only web (http, https) and e-mail (mailto) addresses, never javascript:, file: or data:. */
export function isSafeHref(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(href.trim()).protocol);
  } catch {
    return false;
  }
}
