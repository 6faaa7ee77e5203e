import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, createHandlers, type AppContext, type Handlers } from '../../../../src/main/api';
import { dispatchCall } from '../../../../src/main/dispatch-call';
import { contentDisposition } from '../../../../src/main/web/content-disposition';
import { createExportDownload } from '../../../../src/main/web/export-download';
import { createWorkspaceHost } from '../../../../src/main/web/web-host';
import type { CallName, CallOutput } from '../../../../src/shared/contract';
import type { ExportRequest } from '../../../../src/shared/merge/export-request';

let folder: string;
let context: AppContext;
let handlers: Handlers;
let server: Server;
let port: number;
let campaignId: string;

async function call<Name extends CallName>(name: Name, input: unknown): Promise<CallOutput<Name>> {
  const result = await dispatchCall(handlers, name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as CallOutput<Name>;
}

function send(
  method: 'GET' | 'POST',
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

async function exportAndWait(request: ExportRequest): Promise<CallOutput<'export.progress'>> {
  const { jobId } = await call('export.start', { campaignId, request });
  let progress = await call('export.progress', { jobId: jobId! });
  while (progress.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    progress = await call('export.progress', { jobId: jobId! });
  }
  return progress;
}

async function ticket(jobId: string): Promise<string> {
  const answer = await send('POST', `/_download/export/${jobId}`, { 'x-undersigned-token': 'the-token' });
  expect(answer.status).toBe(200);
  return (JSON.parse(answer.body.toString()) as { value: { url: string } }).value.url;
}

beforeAll(async () => {
  process.env.UNDERSIGNED_EXPORT_WORKERS = '1';
  folder = mkdtempSync(join(tmpdir(), 'undersigned-export-download-'));
  context = createAppContext(createWorkspaceHost(join(folder, 'workspace')), 'test');
  handlers = createHandlers(context);
  const handleDownload = createExportDownload({
    handlers,
    hasToken: (incoming) => incoming.headers['x-undersigned-token'] === 'the-token',
  });
  server = createServer((incoming, response) => {
    void handleDownload(incoming, response).then((handled) => handled || response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  campaignId = (await call('campaign.create', { templateId: 'regional-organizations', title: 'Lettres à Genève' }))!.campaignId;
  await call('recipients.addPreset', { campaignId, presetId: 'regional-organizations' });
});
afterAll(async () => {
  delete process.env.UNDERSIGNED_EXPORT_WORKERS;
  await new Promise((resolve) => server.close(resolve));
  context.campaigns.closeAll();
  rmSync(folder, { recursive: true, force: true });
});

describe('web mode export download', () => {
  it('names a file for every browser: ASCII as is, anything else also as RFC 5987 UTF-8', () => {
    expect(contentDisposition('Letters - 2026.zip')).toBe('attachment; filename="Letters - 2026.zip"');
    expect(contentDisposition('Lettres à Genève — 2026-11-30 14.05.zip')).toBe(
      `attachment; filename="Lettres a Geneve - 2026-11-30 14.05.zip"; filename*=UTF-8''Lettres%20%C3%A0%20Gen%C3%A8ve%20%E2%80%94%202026-11-30%2014.05.zip`,
    );
    expect(contentDisposition("O'Neil (Kraków) 北京.pdf")).toBe(
      `attachment; filename="O'Neil (Krakow) __.pdf"; filename*=UTF-8''O%27Neil%20%28Krak%C3%B3w%29%20%E5%8C%97%E4%BA%AC.pdf`,
    );
  });

  it('streams a zip of the run with the session token, once per ticket; a run of one file comes as itself', async () => {
    const progress = await exportAndWait({
      format: 'pdf',
      perRecipient: true,
      combined: false,
      namePattern: '{recipient.organization}',
      force: true,
    });
    expect(progress.files).toHaveLength(20);

    expect((await send('POST', `/_download/export/${progress.jobId}`)).status).toBe(401);
    expect((await send('POST', `/_download/export/${progress.jobId}`, { 'x-undersigned-token': 'wrong' })).status).toBe(401);
    expect((await send('POST', '/_download/export/no-such-job', { 'x-undersigned-token': 'the-token' })).status).toBe(404);

    const url = await ticket(progress.jobId);
    expect(url).toMatch(/^\/_download\/[\w-]{32}$/);
    const zip = await send('GET', url);
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    const runName = basename(progress.folder);
    expect(runName).toMatch(/^Lettres à Genève — \d{4}-\d{2}-\d{2} \d{2}\.\d{2}$/);
    expect(zip.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`${runName}.zip`)}`);
    const zipPath = join(folder, 'download.zip');
    writeFileSync(zipPath, zip.body);
    execFileSync('unzip', ['-tq', zipPath]);
    const listed = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(listed).toEqual(readdirSync(progress.folder).sort());
    expect(listed).toContain('Export summary.txt');
    expect(execFileSync('unzip', ['-p', zipPath, 'African Union.pdf']).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await send('GET', url)).status).toBe(404);

    const combined = await exportAndWait({
      format: 'pdf',
      perRecipient: false,
      combined: true,
      namePattern: '{recipient.organization}',
      force: true,
    });
    const single = await send('GET', await ticket(combined.jobId));
    expect(single.headers['content-type']).toBe('application/pdf');
    expect(single.headers['content-disposition']).toBe(
      `attachment; filename="Lettres a Geneve - all letters.pdf"; filename*=UTF-8''${encodeURIComponent('Lettres à Genève - all letters.pdf')}`,
    );
    const pdfPath = join(folder, 'combined.pdf');
    writeFileSync(pdfPath, single.body);
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('African Union');
    expect(text).toContain('Caribbean Community');
  });
});
