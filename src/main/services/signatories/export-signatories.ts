import type { Database } from 'better-sqlite3';
import type { SignatoryStatus } from '../../../shared/document/nodes';
import type { SpreadsheetTable } from '../spreadsheet/spreadsheet-table';
import { writeCsv } from '../spreadsheet/write-csv';
import { writeXlsx } from '../spreadsheet/write-xlsx';
import { readSignatoryRows, toSignatory } from './signatory-records';

/** The cleaned list as a table: one row per signatory, extra columns after the known ones. */
export function signatoryTable(db: Database, statuses?: readonly SignatoryStatus[]): SpreadsheetTable {
  const signatories = readSignatoryRows(db)
    .map(toSignatory)
    .filter((signatory) => !statuses || statuses.includes(signatory.status));
  const extraHeaders = [...new Set(signatories.flatMap((signatory) => Object.keys(signatory.extra)))];
  const headers = ['Organization', 'Acronym', 'Country', 'Country code', 'Contact', 'Email', 'Title', 'Status', 'Withdrawn on', 'Withdrawal reason', ...extraHeaders];
  const rows = signatories.map((signatory) => [
    signatory.name,
    signatory.acronym ?? '',
    signatory.country ?? '',
    signatory.countryCode ?? '',
    signatory.contactName ?? '',
    signatory.email ?? '',
    signatory.title ?? '',
    signatory.status,
    signatory.withdrawnAt ?? '',
    signatory.withdrawnReason ?? '',
    ...extraHeaders.map((header) => signatory.extra[header] ?? ''),
  ]);
  return { sheetName: 'Signatories', headers, rows };
}

/** The cleaned list as CSV or XLSX bytes, formula-like cells neutralised. */
export async function exportSignatories(db: Database, format: 'csv' | 'xlsx', statuses?: readonly SignatoryStatus[]): Promise<Uint8Array> {
  const table = signatoryTable(db, statuses);
  return format === 'csv' ? writeCsv(table) : writeXlsx(table);
}
