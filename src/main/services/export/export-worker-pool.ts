import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExportTask, ExportTaskResult, ExportWarmUp } from './export-task';
import { builtExportWorker } from './export-worker-entry';

type Pending = { resolve: (result: ExportTaskResult) => void; reject: (error: Error) => void };

// Run from the TypeScript sources (tests, web mode, benchmarks), a worker registers tsx (a dev dependency) before loading its entry.
const TSX_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

/** tsx's ESM register API (its CommonJS build cannot register from an eval'd worker). */
function tsxEsmApi(): string {
  const commonJs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(commonJs.replace(/\.cjs$/, '.mjs')).href;
}

const FOLDER = dirname(fileURLToPath(import.meta.url));

function workerEntry(): { built: string } | { source: string; tsxApi: string } | null {
  const built = builtExportWorker();
  if (built) return { built };
  const source = join(FOLDER, 'export-worker.ts');
  if (!existsSync(source)) return null;
  try {
    return { source, tsxApi: tsxEsmApi() };
  } catch {
    return null;
  }
}

function spawnWorker(): Worker {
  const entry = workerEntry();
  if (!entry) throw new Error('the export worker (out/worker/export-worker.js) was not built: run npm run build');
  if ('built' in entry) return new Worker(entry.built);
  return new Worker(TSX_BOOTSTRAP, {
    eval: true,
    workerData: { tsxApi: entry.tsxApi, entry: pathToFileURL(entry.source).href },
  });
}

/** One worker per core, at most 4; UNDERSIGNED_EXPORT_WORKERS sets another number (e.g. 1 on a shared machine). */
function defaultPoolSize(): number {
  const configured = Number.parseInt(process.env.UNDERSIGNED_EXPORT_WORKERS ?? '', 10);
  if (Number.isInteger(configured) && configured >= 1) return Math.min(configured, 16);
  return Math.min(4, availableParallelism());
}

interface PoolWorker {
  worker: Worker;
  ready: Promise<void>;
  busy: (Pending & { taskId: number }) | null;
}

/** Worker threads that render letters, one task each at a time. */
export class ExportWorkerPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: { task: ExportTask; pending: Pending }[] = [];
  private closed = false;
  /** The largest heap any worker reported, in bytes. */
  peakHeapBytes = 0;

  /** Whether worker threads can start here: a bundle without its worker entry renders on the main thread instead. */
  static available(): boolean {
    return workerEntry() !== null;
  }

  constructor(size = defaultPoolSize()) {
    for (let index = 0; index < Math.max(1, size); index += 1) this.workers.push(this.start());
  }

  get size(): number {
    return this.workers.length;
  }

  private start(): PoolWorker {
    const worker = spawnWorker();
    worker.unref();
    const entry: PoolWorker = { worker, ready: Promise.resolve(), busy: null };
    entry.ready = new Promise((resolve, reject) => {
      const onMessage = (message: { kind: string }) => {
        if (message.kind !== 'ready') return;
        worker.off('message', onMessage);
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    worker.on('message', (received: ExportTaskResult | { kind: 'ready' }) => {
      if (received.kind === 'ready') return;
      const message = received as ExportTaskResult;
      if (!entry.busy || entry.busy.taskId !== message.taskId) return;
      const pending = entry.busy;
      entry.busy = null;
      // An idle worker never keeps the process alive; a busy one does until its letter is written.
      entry.worker.unref();
      if (message.kind === 'done') this.peakHeapBytes = Math.max(this.peakHeapBytes, message.heapUsedBytes);
      pending.resolve(message);
      this.dispatch();
    });
    worker.on('error', (error) => this.fail(entry, error));
    worker.on('exit', (code) => {
      if (!this.closed) this.fail(entry, new Error(`an export worker stopped unexpectedly (exit code ${code})`));
    });
    return entry;
  }

  private fail(entry: PoolWorker, error: Error): void {
    const pending = entry.busy;
    entry.busy = null;
    pending?.reject(error);
    const index = this.workers.indexOf(entry);
    if (index !== -1 && !this.closed) {
      void entry.worker.terminate();
      this.workers[index] = this.start();
      this.dispatch();
    }
  }

  private dispatch(): void {
    for (const entry of this.workers) {
      if (entry.busy || this.queue.length === 0) continue;
      const { task, pending } = this.queue.shift()!;
      entry.busy = { ...pending, taskId: task.taskId };
      entry.worker.ref();
      entry.worker.postMessage(task);
    }
  }

  /** Waits for every worker to have loaded, so timing and progress start from work, not start-up. */
  async ready(): Promise<void> {
    // Waiting for a worker keeps the process alive, as a running task does.
    for (const entry of this.workers) entry.worker.ref();
    try {
      await Promise.all(this.workers.map((entry) => entry.ready));
    } finally {
      for (const entry of this.workers) if (!entry.busy) entry.worker.unref();
    }
  }

  /** Has every worker parse the faces of a campaign's words in other scripts (see warmScriptFaces), ahead of any task it gets next. */
  warm(warmUp: ExportWarmUp): void {
    if (this.closed || warmUp.words.length === 0) return;
    for (const entry of this.workers) entry.worker.postMessage(warmUp);
  }

  /** Queues a task; `first` puts it ahead of the waiting ones (a preview while an export runs). */
  run(task: ExportTask, options: { first?: boolean } = {}): Promise<ExportTaskResult> {
    if (this.closed) return Promise.reject(new Error('the export worker pool is closed'));
    return new Promise((resolve, reject) => {
      if (options.first) this.queue.unshift({ task, pending: { resolve, reject } });
      else this.queue.push({ task, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  /** Tasks waiting plus tasks running. */
  get load(): number {
    return this.queue.length + this.workers.filter((entry) => entry.busy).length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const { pending } of this.queue.splice(0)) pending.reject(new Error('the export was stopped'));
    await Promise.all(this.workers.map((entry) => entry.worker.terminate()));
  }
}
