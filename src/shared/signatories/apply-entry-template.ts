/**
 * Writes one list entry from a template such as "{name} ({country})" or "{name}, {country}".
 * Placeholders: {name}, {country}, {countryCode}, {acronym}, {status}. When a value is empty, the
 * brackets and separator around it go too, so "{name} ({country})" gives just the name.
 */
export function applyEntryTemplate(template: string, values: Readonly<Record<string, string | null | undefined>>): string {
  const filled = template.replace(/\{(\w+)\}/g, (_match, field: string) => `\uE000${values[field] ?? ''}\uE000`);
  return filled
    .replace(/\s*[([]\uE000\uE000[)\]]/g, '')
    .replace(/\s*[,;–—-]\s*\uE000\uE000/g, '')
    .replace(/\uE000\uE000\s*[,;–—-]\s*/g, '')
    .replace(/\uE000/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
