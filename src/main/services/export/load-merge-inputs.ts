import type { Database } from 'better-sqlite3';
import type { LetterLogo } from '../../../shared/document/letter-ir';
import type { Letter } from '../../../shared/model/letter';
import type { ListedSignatory } from '../../../shared/signatories/format-signatory-list';
import { getLetter } from '../campaign/letters';
import { readImageSize } from './read-image-size';

export interface CampaignSignatory extends ListedSignatory {
  id: number;
}

/** What every letter of a campaign shares, loaded once per check, preview or export. */
export interface MergeInputs {
  letter: Letter;
  signatories: CampaignSignatory[];
  logo: LetterLogo | null;
  /** ISO date of the export (local calendar day). */
  date: string;
  warnings: string[];
}

/** Today as YYYY-MM-DD in the local time zone: the date a letter written today carries. */
export function localIsoDate(now = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function loadCampaignSignatories(db: Database): CampaignSignatory[] {
  const rows = db
    .prepare('SELECT id, name, country, country_code AS countryCode, status, position FROM signatories ORDER BY position, id')
    .all() as CampaignSignatory[];
  return rows;
}

function loadLogo(db: Database, assetId: number | null, warnings: string[]): LetterLogo | null {
  if (assetId === null) return null;
  const row = db.prepare('SELECT name, mime, bytes FROM assets WHERE id = ?').get(assetId) as
    { name: string; mime: string; bytes: Buffer } | undefined;
  if (!row) {
    warnings.push('The letterhead logo is missing from the campaign; the letters are written without it.');
    return null;
  }
  const bytes = new Uint8Array(row.bytes);
  const size = readImageSize(bytes);
  if (!size) {
    warnings.push(`The letterhead logo "${row.name}" is not a PNG or JPEG image; the letters are written without it.`);
    return null;
  }
  return { mime: size.mime, bytes, widthPx: size.width, heightPx: size.height };
}

/** Loads the letter, the signatories and the letterhead logo of a campaign. */
export function loadMergeInputs(db: Database, options: { date?: string } = {}): MergeInputs {
  const letter = getLetter(db);
  const warnings: string[] = [];
  const logo = letter.settings.letterhead.enabled ? loadLogo(db, letter.settings.letterhead.logoAssetId, warnings) : null;
  return { letter, signatories: loadCampaignSignatories(db), logo, date: options.date ?? localIsoDate(), warnings };
}
