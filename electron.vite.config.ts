import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { rendererViteConfig } from './vite.renderer.config';

/** `electron-vite build --mode main-and-preload` skips the renderer (the main-process wiring test builds so). */
export const MAIN_AND_PRELOAD_ONLY = 'main-and-preload';

export default defineConfig(({ mode }) => ({
  main: {
    // The export worker is built apart, with its packages, by scripts/build-node-bundles.js (out/worker).
    build: { rollupOptions: { input: { index: resolve('src/main/index.ts') }, external: ['better-sqlite3'] } },
  },
  preload: {
    build: {
      // A sandboxed preload must be CommonJS.
      rollupOptions: { input: { index: resolve('src/preload/index.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  ...(mode === MAIN_AND_PRELOAD_ONLY
    ? {}
    : {
        renderer: {
          ...rendererViteConfig,
          root: resolve('src/renderer'),
          build: { ...rendererViteConfig.build, rollupOptions: { input: resolve('src/renderer/index.html') } },
        },
      }),
}));
