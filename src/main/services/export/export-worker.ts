import { parentPort } from 'node:worker_threads';
import type { ExportTask } from './export-task';
import { loadLetterRenderers } from './letter-renderers';
import { runExportTask } from './run-export-task';

// The worker thread of an export: loads the exporters (and their fonts) once, then renders one task at a time.
const port = parentPort;
if (!port) throw new Error('export-worker.ts runs only as a worker thread');
port.on('message', (task: ExportTask) => {
  void loadLetterRenderers()
    .then((renderers) => runExportTask(task, renderers))
    .catch((error: unknown) => ({ kind: 'failed' as const, taskId: task.taskId, message: (error as Error).message }))
    // A preview's bytes move to the main thread rather than being copied.
    .then((result) => port.postMessage(result, result.kind === 'rendered' ? [result.bytes.buffer as ArrayBuffer] : []));
});
void loadLetterRenderers()
  .catch(() => undefined)
  .then(() => port.postMessage({ kind: 'ready' }));

