// Builds the JavaScript that runs outside development: the CLI (out/cli/) and the export worker
// (out/worker/export-worker.js). Run by `npm install` (prepare), `npm run build`, `npm start` and before the tests.
// Both bundle their npm packages (one file loads faster than hundreds), except better-sqlite3, whose native
// binary stays in node_modules; the worker runs alone from the installers' unpacked folder.
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

// Bundled CommonJS packages call require(); ESM output needs one.
const requireBanner = "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);";
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', legalComments: 'none', absWorkingDir: root };

/** Whether the bundles in outDir are older than a source file they were built from (or than the lock file). */
function isStale(outDir) {
  const stamp = join(outDir, 'node-bundles.json');
  if (!existsSync(stamp)) return true;
  const builtAt = statSync(stamp).mtimeMs;
  const { inputs } = JSON.parse(readFileSync(stamp, 'utf8'));
  return [...inputs, 'package-lock.json'].some((input) => !existsSync(join(root, input)) || statSync(join(root, input)).mtimeMs > builtAt);
}

/** Builds both; with `ifStale`, only when a source changed since the last build (the tests call it so). */
export async function buildNodeBundles({ outDir = join(root, 'out'), ifStale = false } = {}) {
  if (ifStale && !isStale(outDir)) return false;
  rmSync(join(outDir, 'cli'), { recursive: true, force: true });
  rmSync(join(outDir, 'worker'), { recursive: true, force: true });
  const results = await Promise.all([
    build({
      ...common,
      entryPoints: { undersigned: 'src/cli/main.ts' },
      metafile: true,
      outdir: join(outDir, 'cli'),
      // Commands load the exporters and exceljs when they need them, so `--help` stays quick.
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      external: ['better-sqlite3'],
      banner: { js: requireBanner },
    }),
    build({
      ...common,
      entryPoints: { 'export-worker': 'src/main/services/export/export-worker.ts' },
      outdir: join(outDir, 'worker'),
      banner: { js: requireBanner },
      metafile: true,
    }),
  ]);
  const inputs = new Set(results.flatMap((result) => Object.keys(result.metafile.inputs)).filter((input) => !input.includes('node_modules/')));
  writeFileSync(join(outDir, 'node-bundles.json'), JSON.stringify({ inputs: [...inputs].sort() }, null, 1));
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const built = await buildNodeBundles({ ifStale: process.argv.includes('--if-stale') });
  console.log(built ? `CLI and export worker built in out/cli and out/worker (${Date.now() - started} ms)` : 'CLI and export worker are up to date');
}
