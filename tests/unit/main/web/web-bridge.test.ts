import { request } from 'node:http';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../../src/main/web/serve';
import { defaultWorkspace } from '../../../../src/main/web/default-workspace';
import { useTemporaryFolder } from '../../temporary-folder';

const temporaryFolder = useTemporaryFolder();
let running: WebServer | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

function post(port: number, path: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('web bridge', () => {
  it('answers calls with the right token and Host, and refuses others', async () => {
    running = await startWebServer({ workspace: temporaryFolder(), port: 0, built: true, token: 'the-token' }).catch(
      async (error: Error) => {
        if (!/out\/renderer/.test(error.message)) throw error;
        return startWebServer({ workspace: temporaryFolder(), port: 0, built: false, token: 'the-token' });
      },
    );
    const port = Number(new URL(running.url).port);
    const host = `127.0.0.1:${port}`;

    const ok = await post(port, '/_bridge/templates.list', { host, 'x-undersigned-token': 'the-token' }, '{}');
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true });

    const wrongToken = await post(port, '/_bridge/templates.list', { host, 'x-undersigned-token': 'the-tokeN' }, '{}');
    expect(wrongToken.status).toBe(401);
    expect(JSON.parse(wrongToken.body)).toMatchObject({ ok: false, error: { code: 'bad-token' } });

    const noToken = await post(port, '/_bridge/templates.list', { host }, '{}');
    expect(noToken.status).toBe(401);

    const foreignHost = await post(
      port,
      '/_bridge/templates.list',
      { host: `attacker.example:${port}`, 'x-undersigned-token': 'the-token' },
      '{}',
    );
    expect(foreignHost.status).toBe(403);
    expect(JSON.parse(foreignHost.body)).toMatchObject({ ok: false, error: { code: 'forbidden-host' } });

    const badJson = await post(port, '/_bridge/templates.list', { host, 'x-undersigned-token': 'the-token' }, '{not json');
    expect(badJson.status).toBe(400);

    const malformed = await post(port, '/_bridge/templates.list%E0%A4%A', { host, 'x-undersigned-token': 'the-token' }, '{}');
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({
      ok: false,
      error: { message: 'The call name in the address holds a malformed % escape.' },
    });

    const unknown = await post(port, '/_bridge/../../etc/passwd', { host, 'x-undersigned-token': 'the-token' }, '{}');
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { message: 'There is no call "../../etc/passwd".' } });

    const badInput = await post(port, '/_bridge/campaign.create', { host, 'x-undersigned-token': 'the-token' }, '{"templateId":[]}');
    expect(badInput.status).toBe(400);
    expect(JSON.parse(badInput.body)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  it('keeps the workspace in the user’s data folder by default, never in the project', () => {
    expect(defaultWorkspace('linux', { XDG_DATA_HOME: '/home/ada/.data' })).toBe('/home/ada/.data/undersigned/workspace');
    expect(defaultWorkspace('linux', {})).toBe(join(homedir(), '.local', 'share', 'undersigned', 'workspace'));
    expect(defaultWorkspace('win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' })).toContain(join('Undersigned', 'workspace'));
    expect(defaultWorkspace('linux', {}).startsWith(process.cwd())).toBe(false);
  });

  it('the development server serves the renderer, and refuses files elsewhere in the project through /@fs/', async () => {
    running = await startWebServer({ workspace: temporaryFolder(), port: 0, built: false, token: 'the-token' });
    const port = Number(new URL(running.url).port);
    const get = (path: string) =>
      fetch(`http://127.0.0.1:${port}${path}`, { headers: { cookie: 'undersigned-token=the-token' } }).then(async (response) => ({
        status: response.status,
        body: await response.text(),
      }));
    expect((await get('/@fs' + resolve('src/renderer/main.tsx'))).status).toBe(200);
    const secret = await get('/@fs' + resolve('package.json'));
    expect(secret.status).toBe(403);
    expect(secret.body).not.toContain('"devDependencies"');
    expect((await get('/@fs' + resolve('src/main/api.ts'))).status).toBe(403);
    expect((await get('/@fs' + resolve('resources/templates/open-letter.json'))).status).toBe(403);
    // The editor's fonts (editor.css) are served; the rest of resources/ is not.
    expect((await get('/@fs' + resolve('resources/fonts/source-serif-4/SourceSerif4-Regular.ttf'))).status).toBe(200);
    expect((await get('/%E0%A4%A')).status).not.toBe(500);
  });

  it('the development server serves the page and the renderer’s sources only with the session token (the printed address, then its cookie)', async () => {
    running = await startWebServer({ workspace: temporaryFolder(), port: 0, built: false, token: 'the-token' });
    const port = Number(new URL(running.url).port);
    const get = (path: string, cookie?: string) =>
      fetch(`http://127.0.0.1:${port}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' }).then(async (response) => ({
        status: response.status,
        body: await response.text(),
        setCookie: response.headers.get('set-cookie'),
      }));
    const sources = [
      '/',
      '/index.html',
      '/main.tsx',
      '/@fs' + resolve('src/renderer/main.tsx'),
      '/@fs' + resolve('src/shared/contract.ts'),
      '/@vite/client',
    ];
    for (const path of sources) {
      const refused = await get(path);
      expect([path, refused.status]).toEqual([path, 401]);
      expect(refused.body).toContain('session token');
      expect(refused.body).not.toContain('import ');
      expect((await get(path, 'undersigned-token=the-tokeN')).status).toBe(401);
      expect((await get(path, 'other=1; undersigned-token=')).status).toBe(401);
    }
    expect((await get('/?token=wrong')).status).toBe(401);

    const opened = await get(new URL(running.url).pathname + new URL(running.url).search);
    expect(opened.status).toBe(200);
    expect(opened.body).toContain('<div id="root">');
    expect(opened.setCookie).toBe('undersigned-token=the-token; Path=/; HttpOnly; SameSite=Strict');
    const source = await get('/main.tsx', 'theme=dark; undersigned-token=the-token');
    expect(source.status).toBe(200);
    expect(source.body).toContain('import');
    expect((await get('/@fs' + resolve('src/renderer/main.tsx'), 'undersigned-token=the-token')).status).toBe(200);
  });
});
