/** What a .docx import could not keep, handed from the start screen to the letter editor of the new campaign. */
export interface DocxImportReport {
  fileName: string;
  notKept: string[];
  /** The version the replaced letter was kept as; null for a new campaign. */
  keptAs: string | null;
}

const key = (campaignId: string) => `undersigned.docx-import.${campaignId}`;

export function rememberDocxImportReport(campaignId: string, report: DocxImportReport): void {
  sessionStorage.setItem(key(campaignId), JSON.stringify(report));
}

/** The report left for this campaign, once: reading it removes it. */
export function takeDocxImportReport(campaignId: string): DocxImportReport | null {
  const text = sessionStorage.getItem(key(campaignId));
  if (text === null) return null;
  sessionStorage.removeItem(key(campaignId));
  try {
    return JSON.parse(text) as DocxImportReport;
  } catch {
    return null;
  }
}
