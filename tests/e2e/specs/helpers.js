// Shared helpers: open the app while recording console errors, page errors, CSP violations and
// every request, so any test can assert the page stayed quiet and local.
import { expect } from '@playwright/test';

export const PAGES = ['check', 'benefits', 'process', 'sources', 'about'];
export const LOCALES = [
  { code: 'zh', lang: 'zh-CN' },
  { code: 'en', lang: 'en' },
];

/** Starts recording on a fresh page. Call before the first navigation. */
export async function watch(page) {
  const log = { errors: [], requests: [], violations: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  // Runs before any page script (injected by the browser, not subject to the page's CSP).
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return log;
}

/** Opens a fragment (e.g. `#/process?lang=en`) and waits until the app has mounted. */
export async function open(page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(page.locator('#app main h1')).toBeVisible();
  await expect(page.locator('#boot')).toHaveCount(0);
}

export async function violations(page) {
  return page.evaluate(() => window.__violations);
}

/** Everything recorded must be clean: no console error, no CSP violation, no other origin. */
export async function expectQuiet(page, log) {
  expect(log.errors, 'console errors').toEqual([]);
  expect(await violations(page), 'CSP violations').toEqual([]);
  const origin = new URL(process.env.BASE_URL).origin;
  expect(log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')), 'requests to other origins').toEqual([]);
}
