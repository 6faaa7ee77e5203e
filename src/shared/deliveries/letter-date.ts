import { forEachLetterNode, type LetterNode } from '../document/letter-document';
import { NODE_NAMES } from '../document/nodes';
import { parseIsoDate } from '../merge/parse-iso-date';

/** The date a letter prints: its date line's fixed date, or the date of the export. */
export function letterDate(doc: LetterNode, exportDate: string): string {
  let fixed: string | null = null;
  forEachLetterNode(doc, (node) => {
    const date = node.attrs?.date;
    if (fixed === null && node.type === NODE_NAMES.dateLine && typeof date === 'string' && parseIsoDate(date)) fixed = date;
  });
  return fixed ?? exportDate;
}
