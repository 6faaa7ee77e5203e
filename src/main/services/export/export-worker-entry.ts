import { existsSync } from 'node:fs';

let builtEntry: string | undefined;

/**
 * The shells that run built JavaScript (the CLI, the desktop app) name the built worker here
 * (out/worker/export-worker.js); run from the TypeScript sources (tests, web mode, benchmarks),
 * the pool starts export-worker.ts through tsx instead.
 */
export function useBuiltExportWorker(path: string): void {
  builtEntry = path;
}

/** The built worker when a shell named one that exists. */
export function builtExportWorker(): string | undefined {
  return builtEntry && existsSync(builtEntry) ? builtEntry : undefined;
}
