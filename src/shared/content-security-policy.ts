/**
 * The renderer's content security policy; dev mode needs inline module scripts for React refresh.
 * The built page carries it in a meta tag (a file:// load gets no response header); a meta tag cannot
 * carry frame-ancestors, which only the header sends.
 */
export function contentSecurityPolicy(dev: boolean, delivery: 'header' | 'meta' = 'header'): string {
  const scripts = dev ? "'self' 'unsafe-inline'" : "'self'";
  const policy = `default-src 'self'; script-src ${scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws://127.0.0.1:* ws://localhost:*; worker-src 'self' blob:; object-src 'none'; base-uri 'none'`;
  return delivery === 'header' ? `${policy}; frame-ancestors 'none'` : policy;
}
