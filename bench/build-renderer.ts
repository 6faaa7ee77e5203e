import { join, resolve } from 'node:path';
import { rendererViteConfig } from '../vite.renderer.config';

/** Builds the renderer for production into `folder`/out/renderer, the layout web mode serves with `built: true`. */
export async function buildRenderer(folder: string): Promise<void> {
  const { build } = await import('vite');
  // The dev server, started first, left NODE_ENV at development, which would bundle React's development build.
  process.env.NODE_ENV = 'production';
  await build({
    ...rendererViteConfig,
    configFile: false,
    root: resolve('src/renderer'),
    logLevel: 'error',
    build: { ...rendererViteConfig.build, outDir: join(folder, 'out', 'renderer'), emptyOutDir: true },
  });
}
