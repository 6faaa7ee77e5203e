import type { IncomingMessage, ServerResponse } from 'node:http';
import { CALL_ERROR_CODES, type CallResult } from '../../shared/contract';
import type { Handlers } from '../api';
import { dispatchCall } from '../dispatch-call';
import { sameToken } from './same-token';

export const TOKEN_HEADER = 'x-undersigned-token';
export const API_PREFIX = '/_bridge/';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface WebBridgeOptions {
  handlers: Handlers;
  token: string;
  /** The port the server listens on, for the Host header check. */
  port: () => number;
}

/** Whether a request carries this run's session token in its header. */
export function hasSessionToken(request: IncomingMessage, token: string): boolean {
  const given = request.headers[TOKEN_HEADER];
  return sameToken(Array.isArray(given) ? given[0] : given, token);
}

/** Only requests addressed to this machine's loopback name and our port: stops DNS-rebinding pages. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function send(response: ServerResponse, status: number, body: CallResult<unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(text);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error(`request body over ${MAX_BODY_BYTES / 1024 / 1024} MB`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The handler table over HTTP: `POST /_bridge/<call>` with the JSON input as body and the per-run token in a header.
 * Returns false when the request is not for the API, so the caller can serve the renderer.
 */
export function createWebBridge(options: WebBridgeOptions) {
  return async function handleApiRequest(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const url = request.url ?? '/';
    if (!isAllowedHost(request.headers.host, options.port())) {
      send(response, 403, {
        ok: false,
        error: { code: 'forbidden-host', message: 'This server answers only on 127.0.0.1 and localhost.' },
      });
      return true;
    }
    if (!url.startsWith(API_PREFIX)) return false;
    if (request.method !== 'POST') {
      send(response, 405, { ok: false, error: { code: CALL_ERROR_CODES.badInput, message: 'API calls are POST requests.' } });
      return true;
    }
    if (!hasSessionToken(request, options.token)) {
      send(response, 401, { ok: false, error: { code: 'bad-token', message: 'Missing or wrong session token: open the address printed by "npm run web".' } });
      return true;
    }
    let name: string;
    try {
      name = decodeURIComponent(url.slice(API_PREFIX.length).split('?')[0] ?? '');
    } catch {
      send(response, 400, {
        ok: false,
        error: { code: CALL_ERROR_CODES.badInput, message: 'The call name in the address holds a malformed % escape.' },
      });
      return true;
    }
    let input: unknown;
    try {
      const body = await readBody(request);
      input = body === '' ? {} : JSON.parse(body);
    } catch (error) {
      send(response, 400, {
        ok: false,
        error: { code: CALL_ERROR_CODES.badInput, message: `${name}: the request body is not JSON (${(error as Error).message}).` },
      });
      return true;
    }
    const result = await dispatchCall(options.handlers, name, input);
    // An unknown call is a bad request like any other: 400 with the message naming it.
    const status = result.ok ? 200 : result.error.code === CALL_ERROR_CODES.internal ? 500 : 400;
    send(response, status, result);
    return true;
  };
}
