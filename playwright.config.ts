import { defineConfig } from '@playwright/test';

// Browser tests run against the production build (`npm run build` first; this config never
// builds) served on its own port with a fresh embedded database: see scripts/e2e-server.mjs.
const port = Number(process.env.E2E_PORT ?? 3105);
const baseURL = `http://localhost:${port}`;
const ci = !!process.env.CI;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  reporter: ci ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${baseURL}/api/health`,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: !ci,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
