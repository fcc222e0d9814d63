// Offline after one visit, and a new build taken cleanly: the service worker against a site whose
// `current` link the test switches from build a to build b (prepared by `cargo xtask test`).
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { PAGES } from './helpers.js';
import { answer, verdict } from './flow.js';

const SW = process.env.SW_URL;
const SITE = process.env.SW_SITE;

/** Points the served site at build `v` ("a" or "b"). */
function deploy(v) {
  const link = path.join(SITE, 'current');
  fs.rmSync(link, { force: true });
  fs.symlinkSync(v, link);
}

/** The files build `v`'s worker keeps, read from its sw.js. */
function precached(v) {
  const sw = fs.readFileSync(path.join(SITE, v, 'sw.js'), 'utf8');
  return JSON.parse(sw.match(/const FILES = (\[.*\]);/)[1]);
}

/** Build `v`'s JS and wasm (they differ between a and b, names and bytes). */
function appFiles(v) {
  const names = fs.readdirSync(path.join(SITE, v)).filter((f) => /^enlistment-app-[0-9a-f]+(\.js|_bg\.wasm)$/.test(f));
  expect(names, `build ${v}'s JS and wasm`).toHaveLength(2);
  return names.sort();
}

/** The app's JS and wasm among requested names (answered by the worker or the network alike). */
const appNames = (names) => [...new Set(names.filter((n) => /^enlistment-app-/.test(n)))].sort();

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const cacheContents = (page) => page.evaluate(async () => {
  const out = {};
  for (const k of await caches.keys()) {
    out[k] = (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
  }
  return out;
});

test.describe.configure({ mode: 'serial' });

test('after one visit every route works offline and a self-check can be completed', async ({ page, context }) => {
  expect(SW && SITE, 'SW_URL and SW_SITE are set by cargo xtask test').toBeTruthy();
  deploy('a');
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await page.goto(`${SW}/#/check`);
  await expect(page.locator('#app main h1')).toBeVisible();
  await controlled(page);
  // One cache, holding exactly the build's files.
  const caches = await cacheContents(page);
  expect(Object.keys(caches)).toHaveLength(1);
  expect(Object.values(caches)[0]).toEqual([...precached('a')].sort());

  await context.setOffline(true);
  for (const lang of ['', '?lang=en']) {
    for (const p of [...PAGES, 'process/checklist']) {
      await page.goto(`${SW}/#/${p}${lang}`);
      await page.reload();
      await expect(page.locator('#app main h1'), `${p}${lang} offline`).toBeVisible();
    }
  }
  await page.goto(`${SW}/#/check`);
  await page.reload();
  await answer(page, { sex: 'male', birth: '2006', education: 'high_school', status: 'graduated', height: '172', weight: '63', left: '4.9', right: '4.9' });
  expect(await verdict(page)).toBe('likely_eligible');
  await context.setOffline(false);
});

test('the site is installable: a valid manifest with its icons, a worker that controls the page', async ({ page, request }) => {
  deploy('a');
  await page.goto(`${SW}/#/check`);
  await controlled(page);
  const manifest = await (await request.get(`${SW}/manifest.webmanifest`)).json();
  expect(manifest).toMatchObject({ short_name: '征兵自测', start_url: './#/check', display: 'standalone', lang: 'zh-CN' });
  for (const icon of manifest.icons) {
    const r = await request.get(`${SW}/${icon.src}`);
    expect(r.headers()['content-type'], icon.src).toBe('image/png');
    const png = await r.body();
    const [w, h] = icon.sizes.split('x').map(Number);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], icon.src).toEqual([w, h]);
  }
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  // Chromium's own verdict on installability. Playwright's contexts are incognito-like, which
  // Chromium reports as the one reason it would not offer to install; nothing else may be listed.
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});

test('a new build waits until the user accepts it, then replaces the old one whole', async ({ page }) => {
  // The page's requests by name (the faked clock also fakes the Performance API, so not from there).
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname.slice(1)));
  deploy('a');
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await page.goto(`${SW}/#/check`);
  await controlled(page);
  await page.fill('#birth', '2006-03-04');
  await expect(page.locator('meta[name="build"]')).toHaveCount(0);
  expect(appFiles('a').filter((f) => appFiles('b').includes(f)), 'a and b share no JS or wasm').toEqual([]);
  expect(appNames(requested)).toEqual(appFiles('a'));

  deploy('b');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await expect(page.locator('#update-ready')).toBeVisible();
  await expect(page.locator('#update-ready')).toContainText('新版本已经下载好');
  // Until then the page keeps running build a, and a's files stay cached next to b's.
  await expect(page.locator('meta[name="build"]')).toHaveCount(0);
  expect(await page.evaluate(() => globalThis.__build)).toBeUndefined();
  expect(Object.keys(await cacheContents(page))).toHaveLength(2);

  const beforeUpdate = requested.length;
  await page.locator('#update-ready button').click();
  await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'b');
  await expect(page.locator('#app main h1')).toBeVisible();
  // b's page runs b's JS and wasm, and nothing of a's.
  expect(await page.evaluate(() => globalThis.__build)).toBe('b');
  expect(appNames(requested.slice(beforeUpdate))).toEqual(appFiles('b'));
  // The answers came through the reload (they are in the address).
  await page.locator('.step-progress button').first().click();
  await expect(page.locator('#birth')).toHaveValue('2006-03-04');
  // Only b's cache is left, with exactly b's files.
  await expect.poll(async () => Object.keys(await cacheContents(page)).length).toBe(1);
  expect(Object.values(await cacheContents(page))[0]).toEqual([...precached('b')].sort());
  deploy('a');
});
