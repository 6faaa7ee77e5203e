import { foldText } from '../../../shared/text/fold-text';

/** A header cell folded for comparison: case, accents and punctuation ignored ("Organización:" -> "organizacion"). */
export function foldHeaderText(text: string): string {
  return foldText(text);
}
