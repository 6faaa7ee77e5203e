import react from '@vitejs/plugin-react';
import type { InlineConfig } from 'vite';

/** The renderer's Vite settings, shared by electron-vite (desktop) and web mode. */
export const rendererViteConfig: InlineConfig = {
  plugins: [react()],
  build: { chunkSizeWarningLimit: 4000 },
};
