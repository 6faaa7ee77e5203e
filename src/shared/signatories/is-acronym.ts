import { resolveCountry } from '../countries/resolve-country';

/** Whether a word reads as an organization's acronym ("FIDH", "WFM-IGP", "iPeace") rather than a country. */
export function isAcronym(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 2 || trimmed.length > 24 || /\s/.test(trimmed)) return false;
  if (!/^[\p{L}\p{N}][\p{L}\p{N}.&/+-]*$/u.test(trimmed)) return false;
  const capitals = trimmed.replace(/[^\p{Lu}]/gu, '').length;
  if (capitals < 2 && !/^\p{Ll}\p{Lu}/u.test(trimmed)) return false;
  return resolveCountry(trimmed) === null;
}
