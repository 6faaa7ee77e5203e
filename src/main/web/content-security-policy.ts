/** The renderer's content security policy; dev mode needs inline module scripts for React refresh. */
export function contentSecurityPolicy(dev: boolean): string {
  const scripts = dev ? "'self' 'unsafe-inline'" : "'self'";
  return `default-src 'self'; script-src ${scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws://127.0.0.1:* ws://localhost:*; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'`;
}
