import react from '@vitejs/plugin-react';
import type { InlineConfig, Plugin } from 'vite';
import { contentSecurityPolicy } from './src/shared/content-security-policy';

/** The page carries its own Content-Security-Policy, so a file:// load in the desktop app has one too. */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'undersigned-content-security-policy',
    transformIndexHtml(html, context) {
      return {
        html,
        tags: [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(Boolean(context.server), 'meta') },
            injectTo: 'head-prepend',
          },
        ],
      };
    },
  };
}

/** The renderer's Vite settings, shared by electron-vite (desktop) and web mode. */
export const rendererViteConfig: InlineConfig = {
  plugins: [react(), contentSecurityPolicyMeta()],
  build: { chunkSizeWarningLimit: 4000 },
};
