import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBuiltExportWorker } from '../main/services/export/export-worker-entry';
import { runCli } from './index';

// Built, this file is out/cli/undersigned.js and the worker out/worker/export-worker.js.
useBuiltExportWorker(join(dirname(fileURLToPath(import.meta.url)), '..', 'worker', 'export-worker.js'));

// Output piped into a reader that stops early (`| head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`undersigned: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
