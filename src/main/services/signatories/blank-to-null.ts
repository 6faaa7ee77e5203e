import { cleanDisplayName } from '../../../shared/signatories/clean-display-name';

/** A typed value cleaned like a display name, or null when nothing is left. */
export function blankToNull(value: string | null | undefined): string | null {
  const cleaned = value == null ? '' : cleanDisplayName(value);
  return cleaned === '' ? null : cleaned;
}
