import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

/**
 * Playwright always starts and tests its own preview server, never one that already listens:
 * `npm test` (scripts/test-all.mjs) picks a free port and passes it as E2E_PORT; a bare
 * `npx playwright test` uses 4173 and fails with a clear message if something else holds it.
 */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // benchmarks print numbers and assert nothing: they run only on request (BENCH_UI=1)
  testIgnore: process.env.BENCH_UI ? [] : ['**/bench-*.spec.ts'],
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `npx vite build && npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
  projects: [{ name: 'chromium', use: { viewport: { width: 1280, height: 720 } } }],
});
