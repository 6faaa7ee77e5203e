import type { Api, CallError, CallName, CallResult } from '../../shared/contract';
import { CALL_NAMES } from '../../shared/contract';

/** An error returned by main: `code` says what kind, `message` is for the user. */
export class ApiError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(error: CallError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.details = error.details;
  }
}

type Invoke = (name: CallName, input: unknown) => Promise<CallResult<unknown>>;

const TOKEN_KEY = 'undersigned.token';

/** Web mode: the token arrives once in the address bar and is kept for this tab only. */
function webToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function webInvoke(): Invoke {
  const token = webToken();
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetch(`/_bridge/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-undersigned-token': token },
        body: JSON.stringify(input ?? {}),
      });
    } catch (error) {
      return { ok: false, error: { code: 'offline', message: `Undersigned's server did not answer (${(error as Error).message}). Is "npm run web" still running?` } };
    }
    return (await response.json()) as CallResult<unknown>;
  };
}

function electronInvoke(): Invoke {
  const preload = window.api!;
  return (name, input) => (preload[name] as (value: unknown) => Promise<CallResult<unknown>>)(input);
}

function createApi(invoke: Invoke): Api {
  return Object.fromEntries(
    CALL_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        const result = await invoke(name, input);
        if (!result.ok) throw new ApiError(result.error);
        return result.value;
      },
    ]),
  ) as Api;
}

/** The one client: Electron IPC when the preload is there, the web bridge otherwise. */
export const api: Api = createApi(window.api ? electronInvoke() : webInvoke());
export const isElectron = Boolean(window.api);

/**
 * Web mode: hands a finished export to the browser as a download (its one file, or a zip of the run), saved as it
 * streams. The session token goes in a header for a one-time address; the link itself carries no token.
 */
export async function downloadExport(jobId: string): Promise<void> {
  const response = await fetch(`/_download/export/${encodeURIComponent(jobId)}`, {
    method: 'POST',
    headers: { 'x-undersigned-token': webToken() },
  });
  const result = (await response.json()) as CallResult<{ url: string }>;
  if (!result.ok) throw new ApiError(result.error);
  const link = document.createElement('a');
  link.href = result.value.url;
  // The server names the file; the attribute keeps the page where it is even if the answer is an error.
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}
