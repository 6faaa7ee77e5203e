import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCampaignFile } from '../../src/main/services/campaign/campaign-file';
import { getLetter, saveLetter } from '../../src/main/services/campaign/letters';
import { checkCampaignWhole } from './check-campaign-whole';
import { checkExportFolder } from './check-export-folder';
import { soakEditOfStep } from './soak-edit-of-step';
import { soakImportFile } from './soak-import-file';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'out', 'cli', 'undersigned.js');
const IMPORT_ROWS = 60;

export type KillKind = 'save' | 'import' | 'export';

/** What one kind of work gave under SIGKILL. */
export interface KillKindFigures {
  kind: KillKind;
  /** Children killed while still running. */
  kills: number;
  /** Children that finished before their kill came (their work must all be there). */
  completed: number;
  campaignsChecked: number;
  /** Every problem found: a campaign not whole, a saved edit or finished import lost, a partial export file. */
  failures: string[];
  /** Kills after which a save the child had reported done was missing (save kind only). */
  lostSaves: number;
  /** Saves the child reported done, in all (save kind only). */
  savesAcknowledged: number;
  /** Export files read back whole / hidden temporaries left (export kind only). */
  exportFilesChecked: number;
  temporaryFilesLeft: number;
  seconds: number;
}

/** The same save work in the journal the app used before (WAL, synchronous=NORMAL), the file copied alone right after each kill. */
export interface PeerFigures {
  kills: number;
  savesAcknowledged: number;
  /** The `.undersigned` file copied alone at the kill, as a colleague would receive it by mail. */
  lostSavesFileAlone: number;
  failuresFileAlone: string[];
}

export interface KillSoakFigures {
  kinds: KillKindFigures[];
  /** Our own files copied alone right after each save kill (no journal beside them). */
  oursFileAlone: { lostSaves: number; failures: string[] };
  peer: PeerFigures | null;
  seed: number;
  seconds: number;
  loadAverage: number;
}

export interface KillSoakOptions {
  /** A folder of its own, left with the campaigns and exports for inspection. */
  folder: string;
  kills: Record<KillKind, number>;
  /** Kills for the WAL peer (0: no peer). */
  peerKills?: number;
  seed?: number;
  log?: (line: string) => void;
}

/** mulberry32: a seeded generator, so a run can be repeated from its seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function cli(...argv: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...argv], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A campaign made as a user would: a template, a real sign-on sheet, five recipients, the signatory list in the letter. */
function createSoakCampaign(path: string): void {
  for (const argv of [
    ['new', path, '--template', 'regional-organizations', '--title', 'Soak letter'],
    ['import', path, 'signatories', join(ROOT, 'tests/fixtures/signatories/signatories-bom-crlf.csv')],
    ['import', path, 'recipients', join(ROOT, 'tests/fixtures/recipients/regional-heads.csv')],
  ]) {
    const result = cli(...argv);
    if (result.status !== 0) throw new Error(`undersigned ${argv.join(' ')} failed: ${result.stderr}`);
  }
  const campaign = openCampaignFile(path);
  try {
    const letter = getLetter(campaign.db);
    const list = {
      type: 'signatoryList',
      attrs: {
        statuses: ['confirmed'],
        format: 'name-country-parentheses',
        sort: 'name',
        columns: 1,
        heading: 'Signatories',
        showCount: true,
      },
    };
    saveLetter(campaign.db, { doc: { ...letter.doc, content: [...(letter.doc.content ?? []), list] }, settings: letter.settings });
  } finally {
    campaign.close();
  }
}

/** The save child bundled once (a bundle starts in a tenth of the time tsx takes), beside the CLI so it finds better-sqlite3. */
async function buildSaveChild(): Promise<string> {
  const outfile = join(ROOT, 'out', 'soak', `soak-save-child-${process.pid}.js`);
  await build({
    entryPoints: [join(ROOT, 'bench/soak/soak-save-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    external: ['better-sqlite3'],
    banner: {
      js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
    },
  });
  return outfile;
}

interface ChildRun {
  killed: boolean;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from spawn to exit. */
  took: number;
}

/** Runs a child and SIGKILLs it after `killAfter` ms (or when `killWhen` first sees its output, plus that delay); `killAfter` Infinity lets it finish. */
function runChild(argv: string[], killAfter: number, options: { startKillClockOn?: string } = {}): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      if (timer || !Number.isFinite(killAfter)) return;
      timer = setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) {
          killed = true;
          child.kill('SIGKILL');
        }
      }, killAfter);
    };
    if (!options.startKillClockOn) arm();
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.startKillClockOn && stdout.includes(options.startKillClockOn)) arm();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ killed, code, stdout, stderr, took: performance.now() - started });
    });
  });
}

function emptyFigures(kind: KillKind): KillKindFigures {
  return {
    kind,
    kills: 0,
    completed: 0,
    campaignsChecked: 0,
    failures: [],
    lostSaves: 0,
    savesAcknowledged: 0,
    exportFilesChecked: 0,
    temporaryFilesLeft: 0,
    seconds: 0,
  };
}

/** The step of the last "Soak step N." paragraph in the letter and whether that step's status edit is there. */
function savedStep(path: string, expectAcknowledged: number, signatoryIds: readonly number[]): { problems: string[]; step: number } {
  let step = -1;
  const problems = checkCampaignWhole(path, (db) => {
    const found: string[] = [];
    const text = JSON.stringify(getLetter(db).doc);
    const steps = [...text.matchAll(/Soak step (\d+)\./g)].map((match) => Number(match[1]));
    step = steps.length > 0 ? Math.max(...steps) : -1;
    if (expectAcknowledged >= 0 && step < expectAcknowledged)
      found.push(`lost saves: the letter holds step ${step}, the child had saved step ${expectAcknowledged}`);
    if (expectAcknowledged >= 0) {
      const edit = soakEditOfStep(expectAcknowledged, signatoryIds);
      const row = db.prepare('SELECT status FROM signatories WHERE id = ?').get(edit.signatoryId) as { status: string } | undefined;
      if (row?.status !== edit.status)
        found.push(
          `lost saves: signatory ${edit.signatoryId} is ${row?.status ?? 'missing'}, step ${expectAcknowledged} had set it ${edit.status}`,
        );
    }
    return found;
  });
  return { problems, step };
}

function lastAcknowledged(stdout: string): number {
  const steps = [...stdout.matchAll(/saved (\d+)\n/g)].map((match) => Number(match[1]));
  return steps.length > 0 ? steps.at(-1)! : -1;
}

function signatoryIdsOf(path: string): number[] {
  const campaign = openCampaignFile(path);
  try {
    return (campaign.db.prepare('SELECT id FROM signatories ORDER BY id').all() as { id: number }[]).map((row) => row.id);
  } finally {
    campaign.close();
  }
}

/** Kills the autosave-like child `kills` times; each time the campaign (as the app opens it, and the file alone) must hold every acknowledged save. */
async function soakSaves(
  folder: string,
  template: string,
  childPath: string,
  kills: number,
  random: () => number,
  journal: 'delete' | 'wal',
): Promise<{ figures: KillKindFigures; fileAlone: { lostSaves: number; failures: string[] } }> {
  const started = performance.now();
  const figures = emptyFigures('save');
  const fileAlone = { lostSaves: 0, failures: [] as string[] };
  const path = join(folder, `saves-${journal}.undersigned`);
  copyFileSync(template, path);
  const signatoryIds = signatoryIdsOf(path);
  let acknowledged = -1;
  let nextStep = 0;
  for (let round = 0; figures.kills < kills; round += 1) {
    // Half the kills land while the child is still opening the file, half during its saves.
    const run = await runChild(
      [childPath, path, String(nextStep), ...(journal === 'wal' ? ['wal'] : [])],
      Math.floor(random() * 400),
      round % 2 === 0 ? {} : { startKillClockOn: 'saved ' },
    );
    if (!run.killed) {
      figures.failures.push(`save round ${round}: the child exited (${run.code}) before its kill: ${run.stderr.trim().split('\n')[0]}`);
      break;
    }
    figures.kills += 1;
    figures.savesAcknowledged += run.stdout.split('\n').filter((line) => line.startsWith('saved ')).length;
    acknowledged = Math.max(acknowledged, lastAcknowledged(run.stdout));
    // The file alone, as a copy mailed right now would be (no journal or -wal beside it).
    const alone = join(folder, `alone-${journal}.undersigned`);
    copyFileSync(path, alone);
    const aloneCheck = savedStep(alone, acknowledged, signatoryIds);
    if (aloneCheck.problems.some((problem) => problem.startsWith('lost saves'))) fileAlone.lostSaves += 1;
    fileAlone.failures.push(...aloneCheck.problems.map((problem) => `round ${round}: ${problem}`));
    const check = savedStep(path, acknowledged, signatoryIds);
    figures.campaignsChecked += 1;
    if (check.problems.some((problem) => problem.startsWith('lost saves'))) figures.lostSaves += 1;
    figures.failures.push(...check.problems.map((problem) => `save round ${round}: ${problem}`));
    nextStep = Math.max(check.step, acknowledged) + 1;
  }
  figures.seconds = (performance.now() - started) / 1000;
  return { figures, fileAlone };
}

/** How many signatory rows each source file has in the campaign. */
function importedRowsBySource(path: string, problems: string[]): Map<string, number> {
  const bySource = new Map<string, number>();
  problems.push(
    ...checkCampaignWhole(path, (db) => {
      const rows = db
        .prepare(
          "SELECT s.file_name AS name, count(p.source_row) AS n FROM signatory_sources s LEFT JOIN signatory_provenance p ON p.source_id = s.id WHERE s.kind = 'signatories' GROUP BY s.id",
        )
        .all() as { name: string; n: number }[];
      const found: string[] = [];
      for (const row of rows) {
        if (bySource.has(row.name)) found.push(`"${row.name}" imported twice`);
        bySource.set(row.name, row.n);
      }
      return found;
    }),
  );
  return bySource;
}

/** Kills `undersigned import` (the built CLI) during real XLSX and CSV imports: each import is all there or not there at all, and every finished one stays. */
async function soakImports(folder: string, template: string, kills: number, random: () => number): Promise<KillKindFigures> {
  const started = performance.now();
  const figures = emptyFigures('import');
  const path = join(folder, 'imports.undersigned');
  copyFileSync(template, path);
  const finished = new Set<string>();
  let typical = 0;
  for (let round = 0; figures.kills < kills; round += 1) {
    const file = await soakImportFile(round, IMPORT_ROWS);
    const filePath = join(folder, file.name);
    writeFileSync(filePath, file.bytes);
    // The first run is not killed: it measures how long an import takes.
    const killAfter = round === 0 ? Infinity : random() * typical * 1.1;
    const run = await runChild([CLI, 'import', path, 'signatories', filePath, '--json'], killAfter);
    if (round === 0) typical = run.took;
    if (run.killed) figures.kills += 1;
    else if (run.code === 0) {
      figures.completed += 1;
      finished.add(file.name);
    } else figures.failures.push(`import round ${round}: exit ${run.code}: ${run.stderr.trim()}`);
    const problems: string[] = [];
    const bySource = importedRowsBySource(path, problems);
    figures.campaignsChecked += 1;
    const rows = bySource.get(file.name);
    if (rows !== undefined && rows !== IMPORT_ROWS)
      problems.push(`"${file.name}" holds ${rows} of its ${IMPORT_ROWS} rows (a half import)`);
    for (const name of finished)
      if (bySource.get(name) !== IMPORT_ROWS)
        problems.push(`finished import "${name}" holds ${bySource.get(name) ?? 0} of ${IMPORT_ROWS} rows`);
    if (rows === IMPORT_ROWS) finished.add(file.name);
    figures.failures.push(...problems.map((problem) => `import round ${round}: ${problem}`));
  }
  figures.seconds = (performance.now() - started) / 1000;
  return figures;
}

/** Kills `undersigned export` (the built CLI and its worker threads) while it writes PDF and DOCX letters: every file under a final name is whole. */
async function soakExports(folder: string, template: string, kills: number, random: () => number): Promise<KillKindFigures> {
  const started = performance.now();
  const figures = emptyFigures('export');
  const path = join(folder, 'exports.undersigned');
  copyFileSync(template, path);
  let typical = 0;
  for (let round = 0; figures.kills < kills; round += 1) {
    const out = join(folder, 'letters', `run-${round}`);
    mkdirSync(out, { recursive: true });
    // Start-up takes a good part of an export: kills land from a fifth of its time on, while letters are written.
    const killAfter = round === 0 ? Infinity : (0.2 + random() * 0.85) * typical;
    const run = await runChild([CLI, 'export', path, '--format', 'both', '--out', out, '--per-recipient', '--force', '--json'], killAfter);
    if (round === 0) typical = run.took;
    const problems: string[] = [];
    if (run.killed) figures.kills += 1;
    else if (run.code === 0) {
      figures.completed += 1;
      const written = (JSON.parse(run.stdout) as { files: string[] }).files;
      for (const file of written) if (!existsSync(file)) problems.push(`reported "${file}", which is not there`);
      if (written.length !== 10) problems.push(`a finished export wrote ${written.length} files, not 10`);
    } else problems.push(`exit ${run.code}: ${run.stderr.trim()}`);
    const report = await checkExportFolder(out);
    figures.exportFilesChecked += report.files;
    figures.temporaryFilesLeft += report.temporary;
    problems.push(...report.partial.map((partial) => `partial export file ${partial}`));
    problems.push(...checkCampaignWhole(path));
    figures.campaignsChecked += 1;
    figures.failures.push(...problems.map((problem) => `export round ${round}: ${problem}`));
  }
  figures.seconds = (performance.now() - started) / 1000;
  return figures;
}

/**
 * SIGKILLs real child processes doing campaign work (autosave-like edits, `undersigned import` of real
 * XLSX and CSV files, `undersigned export` of PDF and DOCX letters) at random moments, and after each
 * kill opens the campaign and reads the export folder to check nothing was lost or left half-written.
 */
export async function runKillSoak(options: KillSoakOptions): Promise<KillSoakFigures> {
  const started = performance.now();
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const random = seededRandom(seed);
  const log = options.log ?? (() => {});
  mkdirSync(options.folder, { recursive: true });
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:node first`);
  const saveChild = await buildSaveChild();
  const template = join(options.folder, 'template.undersigned');
  createSoakCampaign(template);
  const kinds: KillKindFigures[] = [];
  const saves = await soakSaves(options.folder, template, saveChild, options.kills.save, random, 'delete');
  kinds.push(saves.figures);
  log(`save: ${saves.figures.kills} kills, ${saves.figures.failures.length} failures`);
  kinds.push(await soakImports(options.folder, template, options.kills.import, random));
  log(`import: ${kinds[1]!.kills} kills, ${kinds[1]!.failures.length} failures`);
  kinds.push(await soakExports(options.folder, template, options.kills.export, random));
  log(`export: ${kinds[2]!.kills} kills, ${kinds[2]!.failures.length} failures`);
  let peer: PeerFigures | null = null;
  if (options.peerKills) {
    const wal = await soakSaves(options.folder, template, saveChild, options.peerKills, random, 'wal');
    peer = {
      kills: wal.figures.kills,
      savesAcknowledged: wal.figures.savesAcknowledged,
      lostSavesFileAlone: wal.fileAlone.lostSaves,
      failuresFileAlone: wal.fileAlone.failures,
    };
    log(`peer (WAL): ${peer.kills} kills, file alone lost ${peer.lostSavesFileAlone}`);
  }
  return {
    kinds,
    oursFileAlone: saves.fileAlone,
    peer,
    seed,
    seconds: (performance.now() - started) / 1000,
    loadAverage: loadavg()[0] ?? 0,
  };
}
