import { fileURLToPath } from 'node:url';

/**
 * Whether a URL is this app's own page: the dev server's origin in development, otherwise exactly the
 * built renderer's index.html (any other file:// page, even one beside it, is not ours).
 */
export function isOwnPage(url: string, page: { devServerUrl?: string; rendererFile: string }): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (page.devServerUrl) return parsed.origin === new URL(page.devServerUrl).origin;
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  return fileURLToPath(new URL(parsed.pathname, 'file://')) === page.rendererFile;
}
