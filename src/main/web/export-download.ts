import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { CallResult } from '../../shared/contract';
import type { ExportProgress } from '../../shared/merge/export-request';
import type { Handlers } from '../api';
import { dispatchCall } from '../dispatch-call';
import { RUN_SUMMARY_FILE_NAME } from '../services/export/export-run-summary';
import { streamZipFiles } from '../services/zip';
import { contentDisposition } from './content-disposition';

export const DOWNLOAD_PREFIX = '/_download/';
const TICKET_LIFETIME_MS = 60_000;
const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function sendJson(response: ServerResponse, status: number, body: CallResult<unknown>): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}

/**
 * Web mode's end of an export: the finished run as a browser download (its one file as itself, or a zip of its
 * files and summary, streamed from disk). `POST /_download/export/<jobId>` with the session token gives a ticket
 * address, good once for a minute; `GET /_download/<ticket>` (a plain link, so the browser saves it as it arrives)
 * sends the files. The session token never appears in an address.
 */
export function createExportDownload(options: { handlers: Handlers; hasToken: (request: IncomingMessage) => boolean }) {
  const tickets = new Map<string, { jobId: string; expires: number }>();
  return async function handleDownloadRequest(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (!path.startsWith(DOWNLOAD_PREFIX)) return false;
    const rest = path.slice(DOWNLOAD_PREFIX.length);
    if (request.method === 'POST' && rest.startsWith('export/')) {
      if (!options.hasToken(request)) {
        sendJson(response, 401, {
          ok: false,
          error: { code: 'bad-token', message: 'Missing or wrong session token: open the address printed by "npm run web".' },
        });
        return true;
      }
      const jobId = decodeURIComponent(rest.slice('export/'.length));
      const result = await dispatchCall(options.handlers, 'export.progress', { jobId });
      if (!result.ok) {
        sendJson(response, 404, result);
        return true;
      }
      const progress = result.value as ExportProgress;
      if (progress.state === 'running' || progress.files.length === 0) {
        sendJson(response, 409, {
          ok: false,
          error: {
            code: 'nothing-to-download',
            message: progress.state === 'running' ? 'The export is still running.' : 'The export wrote no file to download.',
          },
        });
        return true;
      }
      const now = Date.now();
      for (const [ticket, entry] of tickets) if (entry.expires < now) tickets.delete(ticket);
      const ticket = randomBytes(24).toString('base64url');
      tickets.set(ticket, { jobId, expires: now + TICKET_LIFETIME_MS });
      sendJson(response, 200, { ok: true, value: { url: `${DOWNLOAD_PREFIX}${ticket}` } });
      return true;
    }
    const entry = request.method === 'GET' ? tickets.get(rest) : undefined;
    tickets.delete(rest);
    if (!entry || entry.expires < Date.now()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      response.end('This download link has been used or has expired: download again from the Export screen.');
      return true;
    }
    const result = await dispatchCall(options.handlers, 'export.progress', { jobId: entry.jobId });
    const progress = result.ok ? (result.value as ExportProgress) : null;
    const files = (progress?.files ?? [])
      .map((name) => ({ name, path: join(progress!.folder, name) }))
      .filter((file) => existsSync(file.path));
    if (!progress || files.length === 0) {
      response.writeHead(410, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      response.end('The exported files are no longer on the server.');
      return true;
    }
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (files.length === 1) {
      const [file] = files as [(typeof files)[number]];
      response.writeHead(200, {
        ...headers,
        'content-type': CONTENT_TYPES[file.name.split('.').pop() ?? ''] ?? 'application/octet-stream',
        'content-length': statSync(file.path).size,
        'content-disposition': contentDisposition(file.name),
      });
      await pipeline(createReadStream(file.path), response).catch(() => response.destroy());
      return true;
    }
    const summary = join(progress.folder, RUN_SUMMARY_FILE_NAME);
    if (existsSync(summary)) files.push({ name: RUN_SUMMARY_FILE_NAME, path: summary });
    response.writeHead(200, {
      ...headers,
      'content-type': 'application/zip',
      'content-disposition': contentDisposition(`${basename(progress.folder)}.zip`),
    });
    await streamZipFiles(files, response).catch((error: unknown) => {
      console.error('[download]', error);
      response.destroy();
    });
    return true;
  };
}
