import type { IncomingMessage } from 'node:http';
import { sameToken } from './same-token';

export const TOKEN_COOKIE = 'undersigned-token';

/**
 * Whether a request for the page or its sources (renderer code, styles, fonts; Vite's in development)
 * carries the session token: in the address (`?token=`, the printed address, which then sets a cookie
 * for this session) or in that cookie (the page's own requests, a reload). Without it nothing of the
 * project is served, not even the renderer's sources.
 */
export function checkPageToken(request: IncomingMessage, token: string): { allowed: boolean; setCookie?: string } {
  let fromAddress: string | null = null;
  try {
    fromAddress = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('token');
  } catch {
    fromAddress = null;
  }
  if (sameToken(fromAddress ?? undefined, token)) {
    return { allowed: true, setCookie: `${TOKEN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict` };
  }
  const cookies = (request.headers.cookie ?? '').split(';').map((part) => part.trim());
  const fromCookie = cookies.find((cookie) => cookie.startsWith(`${TOKEN_COOKIE}=`))?.slice(TOKEN_COOKIE.length + 1);
  return { allowed: sameToken(fromCookie, token) };
}
