import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDocx } from '../../src/main/services/docx-import/import-docx';
import { readSpreadsheet } from '../../src/main/services/spreadsheet/read-spreadsheet';
import { inflateArchive, writeZipEntries, type ZipEntry } from '../../src/main/services/zip';
import { isUserError } from '../../src/shared/model/user-error';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What one reader did with its generated inputs. */
export interface FuzzTargetFigures {
  target: string;
  runs: number;
  /** Inputs read as a result. */
  results: number;
  /** Inputs refused with a UserError naming the file. */
  refused: number;
  /** Anything else thrown, a UserError that does not name the file, or an input slower than the limit: must be 0. */
  crashes: string[];
  slowestMs: number;
  seconds: number;
}

export interface ReaderFuzzFigures {
  targets: FuzzTargetFigures[];
  seed: number;
  /** The process's largest resident set seen after an input, in MiB. */
  peakRssMiB: number;
  seconds: number;
}

/** An input slower than this is a hang as far as a user is concerned. */
const SLOW_MS = 10_000;
/** The fuzz archive budget: small, so a bomb is refused quickly, and counted so a reader can never exceed it. */
const FUZZ_ARCHIVE_LIMITS = { maxInflatedBytes: 8 * 1024 * 1024, maxCompressionRatio: 200, maxEntries: 200 };

const XLSX_FIXTURES = [
  'tests/fixtures/import-corpus/confirmed-true-false.xlsx',
  'tests/fixtures/import-corpus/merged-hidden.xlsx',
  'tests/fixtures/import-corpus/error-cells.xlsx',
  'tests/fixtures/import-corpus/google-forms-consent.xlsx',
  'tests/fixtures/recipients/ministers.xlsx',
];
const ODS_FIXTURES = [
  'tests/fixtures/import-corpus/confirmed-true-false.ods',
  'tests/fixtures/import-corpus/merged-hidden.ods',
  'tests/fixtures/import-corpus/error-cells.ods',
  'tests/fixtures/import-corpus/hyperlink-formulas.ods',
];
const CSV_FIXTURES = [
  'tests/fixtures/signatories/signatories-bom-crlf.csv',
  'tests/fixtures/signatories/signatories-utf16le.txt',
  'tests/fixtures/import-corpus/european-excel-semicolon.csv',
];

/** Byte-level damage to a real file: flipped bytes, a cut, a spliced run of random bytes. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    positions: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
    value: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
);

function mutate(bytes: Uint8Array, change: typeof mutation extends fc.Arbitrary<infer T> ? T : never): Uint8Array {
  const copy = Uint8Array.from(bytes);
  if (change.kind === 'flip') {
    for (const position of change.positions) copy[position % copy.length] = change.value;
    return copy;
  }
  if (change.kind === 'cut') return copy.subarray(0, change.at % copy.length);
  const at = change.at % copy.length;
  return Buffer.concat([copy.subarray(0, at), change.bytes, copy.subarray(at)]);
}

/** Damage inside an XML part of a real package, re-zipped properly: the reader gets past the zip and meets the damage. */
const xmlMutation = fc.record({
  part: fc.nat(),
  at: fc.nat(),
  cut: fc.nat({ max: 200 }),
  insert: fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      '<',
      '>',
      '&',
      '&#0;',
      '&#xFFFFFFFF;',
      '<!ENTITY a "aaaa">',
      '<c r="XFD1048577"><v>1</v></c>',
      '<row r="0">',
      '"',
      '<![CDATA[',
      '\u0000',
      ' r="-1"',
      ' t="s"><v>999999</v>',
    ),
  ),
});

function deflated(name: string, data: Uint8Array): ZipEntry {
  return { name, method: 8, crc32: crc32(data), size: data.length, data: deflateRawSync(data) };
}

function mutateXmlPart(
  archive: ReadonlyMap<string, Uint8Array>,
  change: typeof xmlMutation extends fc.Arbitrary<infer T> ? T : never,
): Uint8Array {
  const names = [...archive.keys()].filter((name) => name.endsWith('.xml') || name.endsWith('.rels'));
  const target = names[change.part % names.length]!;
  return writeZipEntries(
    [...archive].map(([name, data]) => {
      if (name !== target) return deflated(name, data);
      const text = Buffer.from(data).toString('utf8');
      const at = change.at % (text.length + 1);
      return deflated(name, Buffer.from(text.slice(0, at) + change.insert + text.slice(at + change.cut), 'utf8'));
    }),
  );
}

/** A zip built to mislead: names repeated or odd, sizes that lie, unknown methods, flags, bombs, offsets out of range. */
const hostileZip = fc
  .array(
    fc.record({
      name: fc.oneof(
        fc.constantFrom('xl/workbook.xml', 'word/document.xml', '[Content_Types].xml', '../../etc/passwd', '', 'a'.repeat(300)),
        fc.string({ maxLength: 20 }),
      ),
      method: fc.constantFrom(0, 8, 8, 8, 9, 12, 99),
      body: fc.oneof(
        fc.uint8Array({ maxLength: 200 }),
        fc.integer({ min: 1, max: 24 }).map((mebibytes) => ({ zerosMiB: mebibytes })),
      ),
      declaredSize: fc.oneof(fc.constant(undefined), fc.constantFrom(0, 1, 0xffffffff), fc.nat()),
    }),
    { minLength: 0, maxLength: 12 },
  )
  .chain((entries) => fc.record({ entries: fc.constant(entries), damage: fc.option(mutation, { nil: undefined }) }));

const ZERO_BLOCK = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
const STREAM_END = deflateRawSync(Buffer.alloc(0));

function buildHostileZip(value: typeof hostileZip extends fc.Arbitrary<infer T> ? T : never): Uint8Array {
  const entries: ZipEntry[] = value.entries.map(({ name, method, body, declaredSize }) => {
    if (body instanceof Uint8Array) {
      const data = method === 8 ? deflateRawSync(body) : body;
      return { name, method, crc32: crc32(body), size: declaredSize ?? body.length, data };
    }
    const data = Buffer.concat([...Array.from({ length: body.zerosMiB }, () => ZERO_BLOCK), STREAM_END]);
    return { name, method, crc32: 0, size: declaredSize ?? body.zerosMiB * 1024 * 1024, data };
  });
  const zip = writeZipEntries(entries);
  return value.damage && zip.length > 0 ? mutate(zip, value.damage) : zip;
}

/** Feeds generated inputs to `read`; a result or a UserError naming `fileName` is fine, anything else is a crash. */
async function fuzzTarget<T>(
  target: string,
  arbitrary: fc.Arbitrary<T>,
  read: (value: T) => Promise<unknown> | unknown,
  fileName: string,
  options: { runs: number; seed: number; peak: { rss: number }; check?: (result: unknown) => string | undefined },
): Promise<FuzzTargetFigures> {
  const started = performance.now();
  const figures: FuzzTargetFigures = { target, runs: 0, results: 0, refused: 0, crashes: [], slowestMs: 0, seconds: 0 };
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      figures.runs += 1;
      const begun = performance.now();
      try {
        const result = await read(value);
        const problem = options.check?.(result);
        if (problem) figures.crashes.push(problem);
        else figures.results += 1;
      } catch (error) {
        if (isUserError(error) && error.message.includes(fileName)) figures.refused += 1;
        else
          figures.crashes.push(
            `${isUserError(error) ? 'UserError not naming the file' : (error as Error)?.name}: ${String((error as Error)?.message ?? error).slice(0, 300)}`,
          );
      }
      const took = performance.now() - begun;
      figures.slowestMs = Math.max(figures.slowestMs, took);
      if (took > SLOW_MS) figures.crashes.push(`an input took ${Math.round(took)} ms`);
      options.peak.rss = Math.max(options.peak.rss, process.memoryUsage().rss);
    }),
    { numRuns: options.runs, seed: options.seed, endOnFailure: false },
  );
  figures.seconds = (performance.now() - started) / 1000;
  return figures;
}

/**
 * Fuzzes the spreadsheet readers (CSV, XLSX, ODS), the archive guard and the DOCX import with fast-check:
 * arbitrary bytes, real files damaged byte by byte and inside their XML, and zips built to mislead.
 * Every input must give a result or a UserError that names the file, within the time limit, and the
 * archive guard must never hand over more than its budget.
 */
export async function runReaderFuzz(options: { runs: number; seed?: number }): Promise<ReaderFuzzFigures> {
  const started = performance.now();
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const peak = { rss: process.memoryUsage().rss };
  const common = { runs: options.runs, seed, peak };
  const xlsxFiles = XLSX_FIXTURES.map((path) => readFileSync(join(ROOT, path)));
  const csvFiles = CSV_FIXTURES.map((path) => readFileSync(join(ROOT, path)));
  const odsFiles = ODS_FIXTURES.map((path) => readFileSync(join(ROOT, path)));
  const odsArchives = odsFiles.map((bytes) => inflateArchive(bytes, 'fixture.ods', 'ODS spreadsheet', FUZZ_ARCHIVE_LIMITS).files);
  const xlsxArchives = xlsxFiles.map((bytes) => inflateArchive(bytes, 'fixture.xlsx', 'XLSX workbook', FUZZ_ARCHIVE_LIMITS).files);
  const docxArchive = inflateArchive(
    readFileSync(join(ROOT, 'tests/fixtures/docx/libreoffice-letter.docx')),
    'letter.docx',
    'Word document',
    FUZZ_ARCHIVE_LIMITS,
  ).files;
  const docxBytes = readFileSync(join(ROOT, 'tests/fixtures/docx/libreoffice-letter.docx'));
  const targets: FuzzTargetFigures[] = [];

  targets.push(
    await fuzzTarget(
      'CSV: arbitrary bytes',
      fc.uint8Array({ maxLength: 4096 }),
      (bytes) => readSpreadsheet({ fileName: 'fuzz.csv', bytes }),
      'fuzz.csv',
      common,
    ),
  );
  targets.push(
    await fuzzTarget(
      'CSV: generated rows (quotes, delimiters, line breaks, any Unicode, UTF-8/UTF-16)',
      fc.record({
        rows: fc.array(
          fc.array(
            fc.oneof(
              fc.string({ unit: 'grapheme', maxLength: 30 }),
              fc.constantFrom('"', '""', ',', ';', '\t', '\r', '\n', '=cmd|', '#N/A', '\ufeff'),
            ),
            { maxLength: 12 },
          ),
          { maxLength: 40 },
        ),
        separator: fc.constantFrom(',', ';', '\t', '|'),
        newline: fc.constantFrom('\n', '\r\n', '\r'),
        encoding: fc.constantFrom('utf8', 'utf16le'),
      }),
      ({ rows, separator, newline, encoding }) => {
        const text = rows.map((cells) => cells.join(separator)).join(newline);
        return readSpreadsheet({
          fileName: 'rows.csv',
          bytes: encoding === 'utf8' ? Buffer.from(text, 'utf8') : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
        });
      },
      'rows.csv',
      common,
    ),
  );
  targets.push(
    await fuzzTarget(
      'CSV: real files damaged',
      fc.record({ file: fc.nat(), change: mutation }),
      ({ file, change }) => readSpreadsheet({ fileName: 'damaged.csv', bytes: mutate(csvFiles[file % csvFiles.length]!, change) }),
      'damaged.csv',
      common,
    ),
  );
  targets.push(
    await fuzzTarget(
      'XLSX: arbitrary bytes after a zip signature',
      fc.uint8Array({ maxLength: 4096 }),
      (bytes) => readSpreadsheet({ fileName: 'fuzz.xlsx', bytes: Buffer.concat([Buffer.from('PK\u0003\u0004'), bytes]) }),
      'fuzz.xlsx',
      common,
    ),
  );
  targets.push(
    await fuzzTarget(
      'XLSX: real files damaged byte by byte',
      fc.record({ file: fc.nat(), change: mutation }),
      ({ file, change }) => readSpreadsheet({ fileName: 'damaged.xlsx', bytes: mutate(xlsxFiles[file % xlsxFiles.length]!, change) }),
      'damaged.xlsx',
      common,
    ),
  );
  targets.push(
    await fuzzTarget(
      'XLSX: real files damaged inside their XML',
      fc.record({ file: fc.nat(), change: xmlMutation }),
      ({ file, change }) =>
        readSpreadsheet({ fileName: 'xml.xlsx', bytes: mutateXmlPart(xlsxArchives[file % xlsxArchives.length]!, change) }),
      'xml.xlsx',
      common,
    ),
  );
  targets.push(
    await fuzzTarget(
      'Archive guard: hostile zips',
      hostileZip,
      (value) => inflateArchive(buildHostileZip(value), 'hostile.zip', 'archive', FUZZ_ARCHIVE_LIMITS),
      'hostile.zip',
      {
        ...common,
        check: (result) => {
          const files = (result as ReturnType<typeof inflateArchive>).files;
          const total = [...files.values()].reduce((sum, data) => sum + data.length, 0);
          return total > FUZZ_ARCHIVE_LIMITS.maxInflatedBytes ? `the guard handed over ${total} bytes, over its budget` : undefined;
        },
      },
    ),
  );
  targets.push(
    await fuzzTarget(
      'XLSX: hostile zips',
      hostileZip,
      (value) => readSpreadsheet({ fileName: 'hostile.xlsx', bytes: buildHostileZip(value) }),
      'hostile.xlsx',
      common,
    ),
  );
  targets.push(
    await fuzzTarget(
      'ODS: real files damaged byte by byte',
      fc.record({ file: fc.nat(), change: mutation }),
      ({ file, change }) => readSpreadsheet({ fileName: 'damaged.ods', bytes: mutate(odsFiles[file % odsFiles.length]!, change) }),
      'damaged.ods',
      common,
    ),
  );
  targets.push(
    await fuzzTarget(
      'ODS: real files damaged inside their XML',
      fc.record({ file: fc.nat(), change: xmlMutation }),
      ({ file, change }) => readSpreadsheet({ fileName: 'xml.ods', bytes: mutateXmlPart(odsArchives[file % odsArchives.length]!, change) }),
      'xml.ods',
      common,
    ),
  );
  targets.push(
    await fuzzTarget(
      'ODS: hostile zips',
      hostileZip,
      (value) => readSpreadsheet({ fileName: 'hostile.ods', bytes: buildHostileZip(value) }),
      'hostile.ods',
      common,
    ),
  );
  targets.push(
    await fuzzTarget(
      'DOCX import: hostile zips',
      hostileZip,
      (value) => importDocx(Buffer.from(buildHostileZip(value)), 'hostile.docx'),
      'hostile.docx',
      common,
    ),
  );
  targets.push(
    await fuzzTarget(
      'DOCX import: a real letter damaged byte by byte',
      mutation,
      (change) => importDocx(Buffer.from(mutate(docxBytes, change)), 'damaged.docx'),
      'damaged.docx',
      common,
    ),
  );
  targets.push(
    await fuzzTarget(
      'DOCX import: a real letter damaged inside its XML',
      xmlMutation,
      (change) => importDocx(Buffer.from(mutateXmlPart(docxArchive, change)), 'xml.docx'),
      'xml.docx',
      common,
    ),
  );
  return { targets, seed, peakRssMiB: peak.rss / 2 ** 20, seconds: (performance.now() - started) / 1000 };
}
