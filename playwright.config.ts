import { defineConfig } from '@playwright/test';

const port = Number(process.env.UNDERSIGNED_E2E_PORT ?? 5310);
export const E2E_TOKEN = 'e2e-token-for-tests-only';
// One workspace per port, so two runs side by side never empty each other's folder.
export const E2E_WORKSPACE = `tests/.tmp/e2e-workspace-${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1360, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx tsx src/main/web/serve.ts --workspace ${E2E_WORKSPACE} --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    env: { UNDERSIGNED_WEB_TOKEN: E2E_TOKEN },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
