import { foldName } from './fold-name';

/** An acronym folded for comparison: "WFM-IGP" and "wfm igp" both give "wfmigp". */
export function foldAcronym(acronym: string): string {
  return foldName(acronym).replace(/ /g, '');
}
