import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeZipEntries } from '../../../../../src/main/services/zip';
import { readSpreadsheet } from '../../../../../src/main/services/spreadsheet/read-spreadsheet';
import { SPREADSHEET_LIMITS } from '../../../../../src/main/services/spreadsheet/spreadsheet-limits';

const NAMESPACES =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';

/** An ODS file as a program writing ODS lays it out: the mimetype first and stored, then content.xml. */
function odsFile(fileName: string, body: string, styles = '', deflate = false): { fileName: string; bytes: Uint8Array } {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NAMESPACES} office:version="1.3"><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:spreadsheet>${body}</office:spreadsheet></office:body></office:document-content>`;
  const entries = [
    ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['content.xml', content],
  ].map(([name, text]) => {
    const data = new TextEncoder().encode(text);
    const compressed = deflate && name === 'content.xml';
    return { name: name!, method: compressed ? 8 : 0, crc32: crc32(data), size: data.length, data: compressed ? deflateRawSync(data) : data };
  });
  return { fileName, bytes: writeZipEntries(entries) };
}

const cell = (text: string, attributes = '') => `<table:table-cell office:value-type="string"${attributes}><text:p>${text}</text:p></table:table-cell>`;
const row = (...cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;

describe('readSpreadsheet: ODS', () => {
  it('reads text as shown: spaces, spans, links, line breaks; numbers, dates and percentages as displayed; comments left out', async () => {
    const grid = await readSpreadsheet(
      odsFile(
        'shown.ods',
        `<table:table table:name="List">${row(cell('Organization'), cell('Since'), cell('Share'))}` +
          row(
            '<table:table-cell office:value-type="string"><text:p>Human<text:s/> <text:span>Rights</text:span> <text:a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="https://hrw.org">Watch</text:a></text:p><office:annotation><dc:creator>Jo</dc:creator><text:p>call back</text:p></office:annotation></table:table-cell>',
            '<table:table-cell office:value-type="date" office:date-value="2026-03-02"><text:p>02/03/2026</text:p></table:table-cell>',
            '<table:table-cell office:value-type="percentage" office:value="0.125"><text:p>12.5%</text:p></table:table-cell>',
          ) +
          row(
            '<table:table-cell office:value-type="string"><text:p>Two</text:p><text:p>lines<text:s text:c="3"/>apart</text:p></table:table-cell>',
            '<table:table-cell office:value-type="date" office:date-value="2026-05-01T00:00:00"/>',
            '<table:table-cell office:value-type="percentage" office:value="0.5"/>',
          ) +
          '</table:table>',
      ),
    );
    expect(grid.format).toBe('ods');
    expect(grid.rows.map((each) => each.cells)).toEqual([
      ['Organization', 'Since', 'Share'],
      ['Human  Rights Watch', '02/03/2026', '12.5%'],
      ['Two\nlines   apart', '2026-05-01', '50%'],
    ]);
  });

  it('follows repeated rows and columns only as far as they hold values, and refuses repeats past the row limit while reading', async () => {
    const repeated = odsFile(
      'repeated.ods',
      '<table:table table:name="List"><table:table-column table:number-columns-repeated="16384"/>' +
        row(cell('Organization'), cell('Country'), '<table:table-cell table:number-columns-repeated="16382"/>') +
        `<table:table-row table:number-rows-repeated="2">${cell('Same Org')}${cell('Kenya')}<table:table-cell table:number-columns-repeated="16382"/></table:table-row>` +
        `<table:table-row>${cell('Kenya', ' table:number-columns-repeated="2"')}</table:table-row>` +
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>' +
        '</table:table>',
    );
    const grid = await readSpreadsheet(repeated);
    expect(grid.rows).toEqual([
      { row: 1, cells: ['Organization', 'Country'] },
      { row: 2, cells: ['Same Org', 'Kenya'] },
      { row: 3, cells: ['Same Org', 'Kenya'] },
      { row: 4, cells: ['Kenya', 'Kenya'] },
    ]);
    const flood = odsFile('flood.ods', `<table:table table:name="Flood"><table:table-row table:number-rows-repeated="1000000000">${cell('Org')}</table:table-row></table:table>`);
    await expect(readSpreadsheet(flood)).rejects.toThrow(`"flood.ods" (sheet "Flood") has more than ${SPREADSHEET_LIMITS.maxRows.toLocaleString('en')} rows`);
    const wide = odsFile('wide.ods', `<table:table table:name="Wide">${row(cell('Org', ' table:number-columns-repeated="100000"'))}</table:table>`);
    await expect(readSpreadsheet(wide)).rejects.toThrow(`has more than ${SPREADSHEET_LIMITS.maxColumns} columns`);
  });

  it('refuses an ODS over the row or cell limit while inflating it, and never refuses what the reader keeps within the limits', async () => {
    const rows = (count: number, make: (index: number) => string) => Array.from({ length: count }, (_, index) => make(index)).join('');
    const over = SPREADSHEET_LIMITS.maxRows + 1;
    // content.xml deflated, as programs write it: the count runs on the pieces as they inflate.
    const tooManyRows = odsFile('too-many-rows.ods', `<table:table table:name="List">${row(cell('Organization'))}${rows(over, (index) => row(cell(`Org ${index}`)))}</table:table>`, '', true);
    await expect(readSpreadsheet(tooManyRows)).rejects.toThrow(`"too-many-rows.ods" has more than ${SPREADSHEET_LIMITS.maxRows.toLocaleString('en')} rows`);
    const columns = Math.ceil((SPREADSHEET_LIMITS.maxCells + 1) / 40_000);
    const tooManyCells = odsFile('too-many-cells.ods', `<table:table table:name="Wide">${rows(40_000, (index) => row(...Array.from({ length: columns }, (_, column) => cell(`${index}.${column}`))))}</table:table>`, '', true);
    await expect(readSpreadsheet(tooManyCells)).rejects.toThrow(`"too-many-cells.ods" has more than ${SPREADSHEET_LIMITS.maxCells.toLocaleString('en')} cells`);
    // Hidden rows and empty paragraphs are not read, so they are not counted (together they pass the row limit): the list imports.
    const hiddenAndEmpty = odsFile(
      'hidden-and-empty.ods',
      `<table:table table:name="List">${row(cell('Organization'))}${row(cell('Visible Org'))}` +
        rows(over / 2, (index) => `<table:table-row table:visibility="collapse">${cell(`Hidden ${index}`)}</table:table-row>`) +
        rows(over / 2, () => '<table:table-row><table:table-cell><text:p/></table:table-cell><table:table-cell><text:p></text:p></table:table-cell></table:table-row>') +
        '</table:table>',
      '',
      true,
    );
    const grid = await readSpreadsheet(hiddenAndEmpty);
    expect(grid.rows.map((entry) => entry.cells[0])).toEqual(['Organization', 'Visible Org']);
  });

  it('fills merged ranges, skips hidden rows, columns and sheets, and empties error values', async () => {
    const file = odsFile(
      'merged.ods',
      '<table:table table:name="Notes" table:style-name="hiddenTable">' + row(cell('Organization'), cell('Hidden Org')) + '</table:table>' +
        '<table:table table:name="List"><table:table-column/><table:table-column table:visibility="collapse"/><table:table-column/>' +
        row(cell('Organization'), cell('Notes'), cell('Country')) +
        row(cell('FIDH'), cell('x'), cell('France', ' table:number-rows-spanned="3"')) +
        row(cell('LDH'), cell('y'), '<table:table-cell table:formula="of:=NA()" office:value-type="string" calcext:value-type="error"><text:p>#N/A</text:p></table:table-cell>'.replace('<table:table-cell', '<table:covered-table-cell').replace('</table:table-cell>', '</table:covered-table-cell>')) +
        `<table:table-row table:visibility="collapse">${cell('Withdrawn Org')}${cell('z')}<table:covered-table-cell/></table:table-row>` +
        row('<table:table-cell table:formula="of:=NA()" office:value-type="string" calcext:value-type="error"><text:p>#N/A</text:p></table:table-cell>', cell(''), cell('Chile')) +
        '</table:table>',
      '<style:style style:name="hiddenTable" style:family="table"><style:table-properties table:display="false"/></style:style>',
    );
    const grid = await readSpreadsheet(file);
    expect(grid.sheetName).toBe('List');
    expect(grid.sheetNames).toEqual(['Notes', 'List']);
    expect(grid.rows).toEqual([
      { row: 1, cells: ['Organization', 'Country'] },
      { row: 2, cells: ['FIDH', 'France'] },
      { row: 3, cells: ['LDH', 'France'] },
      { row: 5, cells: ['', 'Chile'] },
    ]);
    expect(grid.notes.join(' ')).toContain('Skipped 1 hidden row and 1 hidden column');
    const everything = await readSpreadsheet(file, { includeHidden: true, sheet: 'List' });
    expect(everything.rows.map((each) => each.cells[0])).toEqual(['Organization', 'FIDH', 'LDH', 'Withdrawn Org', '']);
  });

  it('refuses a damaged content.xml and a zip that is not a spreadsheet, naming the file', async () => {
    await expect(readSpreadsheet(odsFile('broken.ods', '<table:table table:name="A"><table:table-row><table:table-cell office:value-type="string"><text:p>Org</text:p></table:table-cell></table:table-row></table:table><table:table table:name="B"><table:table-row><table:table-cell office:value-type="str'))).rejects.toThrow('"broken.ods" could not be read as an ODS spreadsheet');
    const text = odsFile('letter.ods', '');
    const other = writeZipEntries([{ name: 'word/document.xml', method: 0, crc32: crc32(text.bytes), size: text.bytes.length, data: text.bytes }]);
    await expect(readSpreadsheet({ fileName: 'letter.ods', bytes: other })).rejects.toThrow('"letter.ods" is a zip archive but not an ODS spreadsheet');
  });
});
