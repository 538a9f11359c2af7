import { defineConfig } from '@playwright/test';
// Plain JS helper shared with scripts/ensure-chromium.mjs, which runs before TypeScript is set up.
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';

// E2E_PORT lets several checkouts run their browser tests side by side without sharing a preview server.
const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
