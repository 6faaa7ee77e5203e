import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createAppContext, createHandlers } from '../api';
import { createWebBridge, hasSessionToken } from './web-bridge';
import { createExportDownload } from './export-download';
import { checkPageToken } from './check-page-token';
import { contentSecurityPolicy } from '../../shared/content-security-policy';
import { createWorkspaceHost } from './web-host';
import { defaultWorkspace } from './default-workspace';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export interface WebServer {
  url: string;
  token: string;
  server: Server;
  close(): Promise<void>;
}

export async function startWebServer(options: { workspace: string; port: number; built: boolean; token?: string }): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const host = createWorkspaceHost(options.workspace);
  const context = createAppContext(host, process.env.npm_package_version ?? '0.1.0');
  const handlers = createHandlers(context);
  const server = createServer();
  const port = () => {
    const address = server.address();
    return typeof address === 'object' && address ? address.port : options.port;
  };
  const handleApi = createWebBridge({ handlers, token, port });
  const handleDownload = createExportDownload({ handlers, hasToken: (request) => hasSessionToken(request, token) });
  const rendererRoot = resolve('src/renderer');
  const builtRoot = resolve('out/renderer');

  let vite: import('vite').ViteDevServer | undefined;
  if (!options.built) {
    const { createServer: createViteServer } = await import('vite');
    const { rendererViteConfig } = await import('../../../vite.renderer.config');
    vite = await createViteServer({
      ...rendererViteConfig,
      configFile: false,
      root: rendererRoot,
      appType: 'spa',
      // Vite serves files outside its root through /@fs/: only the renderer, the shared code it imports, its dependencies and the editor's fonts.
      server: {
        middlewareMode: true,
        hmr: { server },
        fs: { strict: true, allow: [rendererRoot, resolve('src/shared'), resolve('node_modules'), resolve('resources/fonts')] },
      },
    });
  } else if (!existsSync(join(builtRoot, 'index.html'))) {
    throw new Error('out/renderer/index.html is missing: run "npm run build" first, or start without --built.');
  }

  server.on('request', (request, response) => {
    void (async () => {
      // The bridge answers every request from a wrong Host, so a download is reached only from our own address.
      if ((await handleApi(request, response)) || (await handleDownload(request, response))) return;
      const access = checkPageToken(request, token);
      if (!access.allowed) {
        response.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        response.end('Missing or wrong session token: open the address printed by "npm run web" (it ends in ?token=…).');
        return;
      }
      if (access.setCookie) response.setHeader('set-cookie', access.setCookie);
      response.setHeader('content-security-policy', contentSecurityPolicy(!options.built));
      response.setHeader('x-content-type-options', 'nosniff');
      if (vite) {
        vite.middlewares(request, response, () => {
          response.statusCode = 404;
          response.end('Not found');
        });
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      } catch {
        response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Bad request: the address holds a malformed % escape.');
        return;
      }
      let file = normalize(join(builtRoot, pathname));
      if (!file.startsWith(builtRoot + sep) || !existsSync(file) || pathname === '/') file = join(builtRoot, 'index.html');
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    })().catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolveListen);
  });
  const url = `http://127.0.0.1:${port()}/?token=${token}`;
  return {
    url,
    token,
    server,
    async close() {
      await vite?.close();
      context.campaigns.closeAll();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string' },
      port: { type: 'string' },
      built: { type: 'boolean' },
    },
  });
  const workspace = values.workspace ?? process.env.UNDERSIGNED_WORKSPACE ?? defaultWorkspace();
  const port = Number(values.port ?? process.env.UNDERSIGNED_PORT ?? 5199);
  const web = await startWebServer({ workspace, port, built: values.built ?? false, token: process.env.UNDERSIGNED_WEB_TOKEN });
  console.log(`Undersigned (web mode) is running.\n  Workspace: ${resolve(workspace)}\n  Open: ${web.url}`);
  const stop = () => void web.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  void main();
}
