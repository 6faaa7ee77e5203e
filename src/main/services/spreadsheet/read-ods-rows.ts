import { createRequire } from 'node:module';
import { UserError } from '../../../shared/model/user-error';
import { isSpreadsheetErrorValue } from './is-spreadsheet-error-value';
import { formulaDisplayText } from './formula-display-text';
import type { SpreadsheetRow, UncalculatedCell } from './spreadsheet-grid';
import { SPREADSHEET_LIMITS } from './spreadsheet-limits';
import { spreadsheetLimitError } from './spreadsheet-limit-error';
import type { XlsxSheet } from './read-xlsx-rows';

const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';
const CALC_EXTENSION = 'urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0';
/** Columns a sheet can have in LibreOffice; a repeat count beyond it is not followed. */
const MAX_SHEET_COLUMNS = 16_384;

interface Attributes {
  length: number;
  getURI(index: number): string;
  getLocalName(index: number): string;
  getValue(index: number): string;
}

/** The SAX side of xmldom's parser: given as `domBuilder`, it receives each tag and no DOM is built. */
interface ContentHandler {
  startElement(namespace: string, localName: string, qualifiedName: string, attributes: Attributes): void;
  endElement(namespace: string, localName: string, qualifiedName: string): void;
  characters(characters: string, start: number, length: number): void;
}

const ignore = (): void => undefined;
/** The parser's other events, which say nothing about the cells. */
const IGNORED_EVENTS = Object.fromEntries(
  ['startDocument', 'endDocument', 'startPrefixMapping', 'endPrefixMapping', 'processingInstruction', 'comment', 'startCDATA', 'endCDATA', 'startDTD', 'endDTD', 'setDocumentLocator'].map((name) => [name, ignore]),
);

interface ParserOptions {
  domBuilder: ContentHandler & Record<string, unknown>;
  errorHandler: { warning(message: string): void; error(message: string): void; fatalError(message: string): void };
  normalizeLineEndings(text: string): string;
}

// xmldom's own types pull the DOM library into the Node project, so only what is used is declared.
const { DOMParser } = createRequire(import.meta.url)('@xmldom/xmldom') as {
  DOMParser: new (options: ParserOptions) => { parseFromString(text: string, mimeType: string): unknown };
};

function attribute(attributes: Attributes, namespace: string, localName: string): string | null {
  for (let index = 0; index < attributes.length; index += 1) {
    if (attributes.getLocalName(index) === localName && attributes.getURI(index) === namespace) return attributes.getValue(index);
  }
  return null;
}

function count(attributes: Attributes, localName: string, namespace = TABLE): number {
  const value = Number.parseInt(attribute(attributes, namespace, localName) ?? '1', 10);
  return Number.isFinite(value) && value > 0 ? value : 1;
}

/** A cell's value when it holds no displayed text (some writers leave the paragraph out). */
function valueText(attributes: Attributes): string {
  const type = attribute(attributes, OFFICE, 'value-type');
  switch (type) {
    case 'float':
    case 'currency':
      return attribute(attributes, OFFICE, 'value') ?? '';
    case 'percentage': {
      const value = Number(attribute(attributes, OFFICE, 'value'));
      return Number.isFinite(value) ? `${Number((value * 100).toPrecision(12))}%` : '';
    }
    case 'date':
      return (attribute(attributes, OFFICE, 'date-value') ?? '').replace(/T00:00:00$/, '');
    case 'time':
      return attribute(attributes, OFFICE, 'time-value') ?? '';
    case 'boolean':
      return attribute(attributes, OFFICE, 'boolean-value') === 'true' ? 'TRUE' : 'FALSE';
    case 'string':
      return attribute(attributes, OFFICE, 'string-value') ?? '';
    default:
      return '';
  }
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
  text: string;
}

interface SheetBuilder {
  name: string;
  hidden: boolean;
  rows: Map<number, { cells: string[]; uncalculated: UncalculatedCell[] }>;
  hiddenRows: number;
  hiddenColumns: Set<number>;
  formulaRowsWithoutValue: number[];
  merges: Merge[];
  /** The next row's number and the next column's index (0-based) in the row being read. */
  rowNumber: number;
  column: number;
  widest: number;
}

interface CellState {
  attributes: Attributes;
  covered: boolean;
  paragraphs: string[];
  hasParagraph: boolean;
}

/**
 * Reads every sheet of an ODS spreadsheet's content.xml (already inflated within the archive
 * limits) as a person sees it, into the same sheets the XLSX reader gives: repeated rows and
 * columns are followed only as far as they hold values, a merged range gives its value to every
 * cell it covers, hidden rows and columns are left out and counted (unless `includeHidden`),
 * error values are empty, a cell reads as its displayed text (dates, numbers and percentages as
 * shown), formulas without a saved value are empty and their rows listed. The row and cell limits
 * stop the reader as soon as they are passed.
 */
export function readOdsRows(contentXml: string, fileName: string, options: { includeHidden?: boolean } = {}): XlsxSheet[] {
  const includeHidden = options.includeHidden ?? false;
  const hiddenTableStyles = new Set<string>();
  const sheets: XlsxSheet[] = [];
  let tableStyle: string | null = null;
  let sheet: SheetBuilder | null = null;
  let tableDepth = 0;
  let row: { cells: string[]; repeat: number; hidden: boolean; uncalculated: UncalculatedCell[]; filled: boolean } | null = null;
  let cell: CellState | null = null;
  let paragraphDepth = 0;
  let ignoredDepth = 0;
  let storedRows = 0;
  let storedCells = 0;
  // The limit passed, kept apart: xmldom reports an error thrown by a handler as a parse error.
  const stopped: { error: UserError | null } = { error: null };

  const stop = (error: UserError): never => {
    stopped.error = error;
    throw error;
  };

  const finishCell = (): void => {
    const current = cell!;
    cell = null;
    const attributes = current.attributes;
    const repeat = Math.min(count(attributes, 'number-columns-repeated'), MAX_SHEET_COLUMNS);
    const start = sheet!.column;
    sheet!.column += repeat;
    if (current.covered) return;
    const formula = attribute(attributes, TABLE, 'formula');
    const valueType = attribute(attributes, OFFICE, 'value-type');
    let text: string = current.hasParagraph ? current.paragraphs.join('\n') : valueText(attributes);
    if (attribute(attributes, CALC_EXTENSION, 'value-type') === 'error' || isSpreadsheetErrorValue(text.trim())) text = '';
    if (formula !== null && valueType === null && !current.hasParagraph) {
      // No saved value: a HYPERLINK("url"; "Name") still says what it shows.
      const shown = formulaDisplayText(formula);
      if (shown === null) row!.uncalculated.push({ column: start, formula: formula.replace(/^of:/, '') });
      else text = shown;
    }
    const rowsSpanned = count(attributes, 'number-rows-spanned');
    const columnsSpanned = count(attributes, 'number-columns-spanned');
    if (text !== '' && (rowsSpanned > 1 || columnsSpanned > 1)) {
      sheet!.merges.push({ top: sheet!.rowNumber, left: start, bottom: sheet!.rowNumber + rowsSpanned - 1, right: start + columnsSpanned - 1, text });
    }
    if (text === '') return;
    if (start + repeat > SPREADSHEET_LIMITS.maxColumns) stop(spreadsheetLimitError(fileName, 'columns', sheet!.name));
    for (let column = start; column < start + repeat; column += 1) row!.cells[column] = text;
    row!.filled = true;
  };

  const finishRow = (): void => {
    const current = row!;
    row = null;
    const builder = sheet!;
    if (current.filled || current.uncalculated.length > 0) {
      for (let repetition = 0; repetition < current.repeat; repetition += 1) {
        const rowNumber = builder.rowNumber + repetition;
        if (current.hidden && !includeHidden) {
          builder.hiddenRows += 1;
          continue;
        }
        storedRows += 1;
        storedCells += current.cells.length;
        if (storedRows > SPREADSHEET_LIMITS.maxRows) stop(spreadsheetLimitError(fileName, 'rows', builder.name));
        if (storedCells > SPREADSHEET_LIMITS.maxCells) stop(spreadsheetLimitError(fileName, 'cells', builder.name));
        builder.rows.set(rowNumber, { cells: [...current.cells], uncalculated: current.uncalculated });
        if (current.uncalculated.length > 0) builder.formulaRowsWithoutValue.push(rowNumber);
        builder.widest = Math.max(builder.widest, current.cells.length);
      }
    }
    builder.rowNumber += current.repeat;
  };

  const finishSheet = (): void => {
    const builder = sheet!;
    sheet = null;
    // A covered cell reads its range's value, as the person sees it.
    for (const merge of builder.merges) {
      for (let rowNumber = merge.top; rowNumber <= merge.bottom; rowNumber += 1) {
        const cells = builder.rows.get(rowNumber)?.cells;
        if (!cells) continue;
        for (let column = merge.left; column <= Math.min(merge.right, SPREADSHEET_LIMITS.maxColumns - 1); column += 1) cells[column] = merge.text;
        builder.widest = Math.max(builder.widest, cells.length);
      }
    }
    const hidden = includeHidden ? new Set<number>() : builder.hiddenColumns;
    const rows: SpreadsheetRow[] = [...builder.rows].map(([rowNumber, { cells, uncalculated }]) => {
      const shown = uncalculated
        .filter((cell) => !hidden.has(cell.column))
        .map((cell) => ({ column: cell.column - [...hidden].filter((column) => column < cell.column).length, formula: cell.formula }));
      return { row: rowNumber, cells: withoutHiddenColumns(cells, hidden), ...(shown.length > 0 ? { uncalculated: shown } : {}) };
    });
    sheets.push({
      name: builder.name,
      hidden: builder.hidden,
      rows,
      hiddenRows: builder.hiddenRows,
      hiddenColumns: [...hidden].filter((column) => rows.length > 0 && column < builder.widest).length,
      formulaRowsWithoutValue: builder.formulaRowsWithoutValue,
    });
  };

  const handler: ContentHandler & Record<string, unknown> = {
    ...IGNORED_EVENTS,
    startElement(namespace, localName, _qualifiedName, attributes) {
      if (ignoredDepth > 0) {
        ignoredDepth += 1;
        return;
      }
      if (namespace === STYLE && localName === 'style' && attribute(attributes, STYLE, 'family') === 'table') {
        tableStyle = attribute(attributes, STYLE, 'name');
      } else if (namespace === STYLE && localName === 'table-properties' && tableStyle !== null && attribute(attributes, TABLE, 'display') === 'false') {
        hiddenTableStyles.add(tableStyle);
      } else if (namespace === TABLE && localName === 'table') {
        tableDepth += 1;
        // A table inside a cell (a rare drawing) is not part of the sheet.
        if (tableDepth > 1) {
          tableDepth -= 1;
          ignoredDepth = 1;
          return;
        }
        sheet = {
          name: attribute(attributes, TABLE, 'name') ?? `Sheet${sheets.length + 1}`,
          hidden: hiddenTableStyles.has(attribute(attributes, TABLE, 'style-name') ?? ''),
          rows: new Map(),
          hiddenRows: 0,
          hiddenColumns: new Set(),
          formulaRowsWithoutValue: [],
          merges: [],
          rowNumber: 1,
          column: 0,
          widest: 0,
        };
      } else if (sheet === null) {
        return;
      } else if (namespace === TABLE && localName === 'table-column') {
        const repeat = Math.min(count(attributes, 'number-columns-repeated'), MAX_SHEET_COLUMNS);
        const visibility = attribute(attributes, TABLE, 'visibility');
        if (visibility === 'collapse' || visibility === 'filter') {
          for (let column = sheet.column; column < Math.min(sheet.column + repeat, MAX_SHEET_COLUMNS); column += 1) sheet.hiddenColumns.add(column);
        }
        sheet.column = Math.min(sheet.column + repeat, MAX_SHEET_COLUMNS);
      } else if (namespace === TABLE && localName === 'table-row') {
        const visibility = attribute(attributes, TABLE, 'visibility');
        sheet.column = 0;
        row = { cells: [], repeat: count(attributes, 'number-rows-repeated'), hidden: visibility === 'collapse' || visibility === 'filter', uncalculated: [], filled: false };
      } else if (namespace === TABLE && (localName === 'table-cell' || localName === 'covered-table-cell') && row !== null) {
        cell = { attributes, covered: localName === 'covered-table-cell', paragraphs: [], hasParagraph: false };
      } else if (cell !== null && namespace === OFFICE && localName === 'annotation') {
        // A comment on the cell is not what the cell shows.
        ignoredDepth = 1;
      } else if (cell !== null && namespace === TEXT) {
        if (localName === 'p' || localName === 'h') {
          if (paragraphDepth === 0) {
            cell.paragraphs.push('');
            cell.hasParagraph = true;
          }
          paragraphDepth += 1;
        } else if (paragraphDepth > 0 && localName === 's') {
          cell.paragraphs[cell.paragraphs.length - 1] += ' '.repeat(Math.min(count(attributes, 'c', TEXT), SPREADSHEET_LIMITS.maxCellCharacters));
        } else if (paragraphDepth > 0 && localName === 'tab') {
          cell.paragraphs[cell.paragraphs.length - 1] += '\t';
        } else if (paragraphDepth > 0 && localName === 'line-break') {
          cell.paragraphs[cell.paragraphs.length - 1] += '\n';
        }
      }
    },
    endElement(namespace, localName) {
      if (ignoredDepth > 0) {
        ignoredDepth -= 1;
        return;
      }
      if (namespace === STYLE && localName === 'style') tableStyle = null;
      else if (namespace === TABLE && localName === 'table' && sheet !== null) {
        tableDepth -= 1;
        finishSheet();
      } else if (namespace === TABLE && (localName === 'table-cell' || localName === 'covered-table-cell') && cell !== null) finishCell();
      else if (namespace === TABLE && localName === 'table-row' && row !== null) finishRow();
      else if (namespace === TEXT && (localName === 'p' || localName === 'h') && paragraphDepth > 0) paragraphDepth -= 1;
    },
    characters(characters, start, length) {
      if (cell === null || paragraphDepth === 0 || ignoredDepth > 0) return;
      const paragraphs = cell.paragraphs;
      const last = paragraphs.length - 1;
      if (paragraphs[last]!.length > SPREADSHEET_LIMITS.maxCellCharacters) return;
      // Line ends and runs of spaces in the XML are one space; <text:s/> carries the spaces a person typed.
      paragraphs[last] += characters.substr(start, length).replace(/[ \t\r\n]+/g, ' ');
    },
  };
  const fail = (message: string): never => {
    throw stopped.error ?? new UserError(`"${fileName}" could not be read as an ODS spreadsheet: its content.xml is damaged (${message.replace(/^\[xmldom \w+\]\s*/, '')}).`, { code: 'unreadable-spreadsheet' });
  };
  const parser = new DOMParser({
    domBuilder: handler,
    errorHandler: { warning: () => undefined, error: fail, fatalError: fail },
    normalizeLineEndings: (text) => text,
  });
  try {
    parser.parseFromString(contentXml, 'text/xml');
  } catch (error) {
    if (stopped.error) throw stopped.error;
    if (error instanceof UserError) throw error;
    fail((error as Error).message);
  }
  if (sheets.length === 0) throw new UserError(`"${fileName}" has no sheets.`, { code: 'empty-spreadsheet' });
  return sheets;
}

/** The cells of a row with the hidden columns taken out, so later columns move left as they look. */
function withoutHiddenColumns(cells: string[], hiddenColumns: ReadonlySet<number>): string[] {
  const kept: string[] = [];
  for (let index = 0; index < cells.length; index += 1) if (!hiddenColumns.has(index)) kept.push(cells[index] ?? '');
  return kept;
}
