import { startWebServer, type WebServer } from '../src/main/web/serve';

/**
 * Starts web mode on the workspace: the Vite dev server (development React, StrictMode's double renders) or,
 * with `productionRoot`, the production build found in `productionRoot`/out/renderer, which is where web mode
 * looks for it relative to the working folder (read synchronously when the server starts, so the folder is changed only for that moment).
 */
export function startBenchWeb(workspace: string, token: string, productionRoot?: string): Promise<WebServer> {
  if (!productionRoot) return startWebServer({ workspace, port: 0, built: false, token });
  const previous = process.cwd();
  process.chdir(productionRoot);
  try {
    return startWebServer({ workspace, port: 0, built: true, token });
  } finally {
    process.chdir(previous);
  }
}
