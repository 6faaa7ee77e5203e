import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { rendererViteConfig } from './vite.renderer.config';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The export worker is its own entry, built beside index.js, where export-worker-pool.ts looks for it.
        input: { index: resolve('src/main/index.ts'), 'export-worker': resolve('src/main/services/export/export-worker.ts') },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be CommonJS.
      rollupOptions: { input: { index: resolve('src/preload/index.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    ...rendererViteConfig,
    root: resolve('src/renderer'),
    build: { ...rendererViteConfig.build, rollupOptions: { input: resolve('src/renderer/index.html') } },
  },
});
