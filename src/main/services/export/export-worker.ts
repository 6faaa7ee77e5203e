import { parentPort } from 'node:worker_threads';
import type { ExportTask, ExportWarmUp } from './export-task';
import { loadLetterRenderers } from './letter-renderers';
import { runExportTask } from './run-export-task';
import { warmScriptFaces } from './pdf/warm-script-faces';

// The worker thread of an export: loads the exporters (and their fonts) once, then renders one task at a time.
const port = parentPort;
if (!port) throw new Error('export-worker.ts runs only as a worker thread');
port.on('message', (task: ExportTask | ExportWarmUp) => {
  if (task.kind === 'warm') {
    // Nothing comes back: a letter task that arrives meanwhile waits for the warm-up, which does the work it would do first anyway.
    try {
      warmScriptFaces(task.words, task.family);
    } catch {
      // A face that fails to load fails the letter that needs it, with its message; the warm-up only saves time.
    }
    return;
  }
  void loadLetterRenderers()
    .then((renderers) => runExportTask(task, renderers))
    .catch((error: unknown) => ({ kind: 'failed' as const, taskId: task.taskId, message: (error as Error).message }))
    // A preview's bytes move to the main thread rather than being copied.
    .then((result) => port.postMessage(result, result.kind === 'rendered' ? [result.bytes.buffer as ArrayBuffer] : []));
});
void loadLetterRenderers()
  .catch(() => undefined)
  .then(() => port.postMessage({ kind: 'ready' }));

