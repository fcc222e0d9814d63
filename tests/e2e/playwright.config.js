// End-to-end tests against the built dist/, served on 127.0.0.1 by `cargo xtask test`, in
// Debian's Chromium (Playwright's own browser download does not work on these machines).
import { defineConfig } from '@playwright/test';

if (!process.env.BASE_URL) {
  throw new Error('BASE_URL is not set: run the end-to-end tests through `cargo xtask test`');
}

export default defineConfig({
  testDir: './specs',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  forbidOnly: true,
  workers: 2,
  outputDir: '../../target/playwright-output',
  use: {
    baseURL: process.env.BASE_URL,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      // The closed network here refuses Chromium's background connections; keep it quiet.
      // Chromium's own autofill queries (form signatures sent to Google when a page has a form)
      // are the browser's, not the page's: off, so the privacy test's proxy sees only the app.
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run',
        '--disable-features=AutofillServerCommunication',
      ],
    },
  },
});
