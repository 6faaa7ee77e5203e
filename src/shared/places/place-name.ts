import type { LetterLanguage } from '../model/page-settings';
import { foldText } from '../text/fold-text';
import { PLACE_NAMES, type PlaceNames } from './place-names';

let placeIndex: Map<string, PlaceNames> | undefined;

function buildPlaceIndex(): Map<string, PlaceNames> {
  const index = new Map<string, PlaceNames>();
  for (const names of PLACE_NAMES) {
    for (const written of [names.en, names.fr, names.es]) {
      const folded = foldText(written);
      if (!index.has(folded)) index.set(folded, names);
    }
  }
  return index;
}

/**
 * A place as a letter in that language writes it: "Geneva", "Genève" or "Ginebra" for any of the three, from the
 * table in resources/datasets/place-names.csv (capitals and the seats of international bodies). A place the table
 * does not hold is returned as typed.
 */
export function placeName(place: string, language: LetterLanguage): string {
  const trimmed = place.trim();
  if (trimmed === '') return trimmed;
  placeIndex ??= buildPlaceIndex();
  return placeIndex.get(foldText(trimmed))?.[language] ?? trimmed;
}
