import { getHeapStatistics } from 'node:v8';
import type { ExportTask, ExportTaskResult } from './export-task';
import type { LetterRenderers } from './letter-renderers';
import { writeFileAtomically } from './write-file-atomically';

/** Renders and writes what one task asks for (a preview's bytes come back instead); each file appears complete or not at all. */
export async function runExportTask(task: ExportTask, renderers: LetterRenderers): Promise<ExportTaskResult> {
  try {
    if (task.kind === 'preview') return { kind: 'rendered', taskId: task.taskId, bytes: await renderers[task.format ?? 'pdf'](task.ir) };
    const written: string[] = [];
    const failed: { path: string; message: string }[] = [];
    const options = { replace: task.replace === true };
    if (task.kind === 'letter') {
      // Each format is its own file: one that fails (disk full, a name taken meanwhile) is reported, the other still written.
      for (const output of task.outputs) {
        try {
          const bytes = output.format === 'pdf' ? await renderers.pdf(task.ir) : await renderers.docx(task.ir);
          writeFileAtomically(output.path, bytes, options);
          written.push(output.path);
        } catch (error) {
          failed.push({ path: output.path, message: (error as Error).message });
        }
      }
    } else {
      const bytes = task.format === 'pdf' ? await renderers.combinedPdf(task.letters) : await renderers.combinedDocx(task.letters);
      writeFileAtomically(task.path, bytes, options);
      written.push(task.path);
    }
    return { kind: 'done', taskId: task.taskId, written, ...(failed.length > 0 ? { failed } : {}), heapUsedBytes: getHeapStatistics().used_heap_size };
  } catch (error) {
    return { kind: 'failed', taskId: task.taskId, message: (error as Error).message };
  }
}
