// `npm run soak`: kills real CLI and worker processes at random moments, fuzzes the readers, and writes
// RELIABILITY.md with the figures. Not part of `npm test` (a few minutes); only local files.
// Options: --kills N (per kind, default 40), --peer-kills N (default 40), --fuzz-runs N (per target, default 1000), --seed N.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runKillSoak, type KillSoakFigures } from './run-kill-soak';
import { runReaderFuzz, type ReaderFuzzFigures } from './run-reader-fuzz';

const { values } = parseArgs({
  options: {
    kills: { type: 'string' },
    'peer-kills': { type: 'string' },
    'fuzz-runs': { type: 'string' },
    seed: { type: 'string' },
    keep: { type: 'boolean' },
  },
});
const kills = Number(values.kills ?? 40);
const seed = values.seed === undefined ? undefined : Number(values.seed);

function killSection(soak: KillSoakFigures): string {
  const rows = soak.kinds.map(
    (kind) =>
      `| ${kind.kind} | ${kind.kills} | ${kind.completed} | ${kind.campaignsChecked} | ${kind.kind === 'save' ? `${kind.savesAcknowledged} acknowledged, ${kind.lostSaves} kills lost one` : kind.kind === 'export' ? `${kind.exportFilesChecked} files read back, ${kind.temporaryFilesLeft} hidden .part files left` : '60-row XLSX and CSV files'} | ${kind.failures.length} | ${kind.seconds.toFixed(0)} |`,
  );
  const failures = soak.kinds.flatMap((kind) => kind.failures).slice(0, 20);
  const peer = soak.peer
    ? `| our journal (rollback, synchronous=FULL), file copied alone at each kill | ${soak.kinds[0]!.kills} | ${soak.kinds[0]!.savesAcknowledged} | ${soak.oursFileAlone.lostSaves} | ${soak.oursFileAlone.failures.filter((failure) => !failure.includes('lost saves')).length} |\n| peer: WAL, synchronous=NORMAL (the app before #11), file copied alone at each kill | ${soak.peer.kills} | ${soak.peer.savesAcknowledged} | ${soak.peer.lostSavesFileAlone} | ${soak.peer.failuresFileAlone.filter((failure) => !failure.includes('lost saves')).length} |`
    : '';
  return `## Kills (SIGKILL at random moments)

Seed ${soak.seed}; ${soak.kinds.reduce((sum, kind) => sum + kind.kills, 0)} kills in ${soak.seconds.toFixed(0)} s; load average ${soak.loadAverage.toFixed(1)} at the end.

After every kill the campaign is opened as the app opens it (a hot rollback journal is rolled back) and checked:
\`PRAGMA integrity_check\`, \`application_id\`, \`user_version\`, \`foreign_key_check\`, the letter against the
letter schema, then the kind's own invariant: the last save the child reported done is in the letter and its status
edit in the signatories; each import is all there (60 rows with their provenance) or not there at all, and every
finished import stays; every PDF and DOCX under a final name is whole (pdf-lib loads the PDF; the DOCX inflates and
its \`word/document.xml\` ends), and a finished export's reported files exist.

| work killed | kills | finished before the kill | campaigns checked | what was checked | failures | seconds |
|---|---|---|---|---|---|---|
${rows.join('\n')}

${failures.length === 0 ? 'Failures: none.' : `Failures (first 20):\n\n${failures.map((failure) => `- ${failure}`).join('\n')}`}

### The file alone, compared with the journal the app used before

Right after each save kill the \`.undersigned\` file is copied alone (no \`-journal\` or \`-wal\` beside it), as a
colleague would receive it by mail, and the copy is checked the same way. The peer runs the same child in the same
run with WAL and synchronous=NORMAL.

| journal | kills | saves acknowledged | kills after which the copy lacked an acknowledged save | copies not whole |
|---|---|---|---|---|
${peer}
`;
}

function fuzzSection(fuzz: ReaderFuzzFigures): string {
  const rows = fuzz.targets.map(
    (target) =>
      `| ${target.target} | ${target.runs} | ${target.results} | ${target.refused} | ${target.crashes.length} | ${Math.round(target.slowestMs)} | ${target.seconds.toFixed(1)} |`,
  );
  const crashes = fuzz.targets.flatMap((target) => target.crashes.map((crash) => `${target.target}: ${crash}`)).slice(0, 20);
  return `## Fuzzing the readers (fast-check)

Seed ${fuzz.seed}; ${fuzz.targets.reduce((sum, target) => sum + target.runs, 0)} inputs in ${fuzz.seconds.toFixed(0)} s; largest resident set ${fuzz.peakRssMiB.toFixed(0)} MiB.
Each input must give a result or a \`UserError\` naming the file, within 10 s; the archive guard (8 MiB budget here)
must never hand over more than its budget.

| target | inputs | read | refused with a message | crashes, hangs or budget overruns | slowest ms | seconds |
|---|---|---|---|---|---|---|
${rows.join('\n')}

${crashes.length === 0 ? 'Crashes: none.' : `Crashes (first 20):\n\n${crashes.map((crash) => `- ${crash}`).join('\n')}`}
`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const folder = mkdtempSync(join(tmpdir(), 'undersigned-soak-'));
  console.log(`soak in ${folder}`);
  const soak = await runKillSoak({
    folder,
    kills: { save: kills, import: kills, export: kills },
    peerKills: Number(values['peer-kills'] ?? kills),
    seed,
    log: console.log,
  });
  const fuzz = await runReaderFuzz({ runs: Number(values['fuzz-runs'] ?? 1000), seed });
  for (const target of fuzz.targets) console.log(`${target.target}: ${target.runs} inputs, ${target.crashes.length} crashes`);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const failures =
    soak.kinds.reduce((sum, kind) => sum + kind.failures.length, 0) + fuzz.targets.reduce((sum, target) => sum + target.crashes.length, 0);
  const text = `# Reliability

Written by \`npm run soak\` on ${new Date().toISOString().slice(0, 10)}, ${machine}; ${((performance.now() - started) / 1000).toFixed(0)} s in all,
load average ${loadavg()[0]?.toFixed(1)} at the end. Goal: 0 lost saves, 0 damaged campaigns, 0 partial files, 0 crashes.
Total failures this run: **${failures}**. \`tests/unit/bench/soak/\` runs a small version of both in \`npm test\`.

${killSection(soak)}
${fuzzSection(fuzz)}`;
  writeFileSync(fileURLToPath(new URL('../../RELIABILITY.md', import.meta.url)), text);
  if (!values.keep) rmSync(folder, { recursive: true, force: true });
  console.log(`${failures} failures; RELIABILITY.md written`);
  process.exitCode = failures === 0 ? 0 : 1;
}

void main();
