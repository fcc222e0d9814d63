// Privacy and security in a real browser: nothing leaves the page after it loads, the CSP holds
// everywhere, nothing is stored without consent, tampered files refuse to run, hostile input is
// harmless, and a panic shows a message.
import { test, expect } from '@playwright/test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGES, watch, open, violations, expectQuiet } from './helpers.js';
import { start, answer, verdict, fullCheck } from './flow.js';

/** Values typed in the flows below, distinctive enough to find in any request. */
const TYPED = ['2004-07-19', '171.3', '63.7', '4.7', '123', '8765', '6543'];

/**
 * Every kind of browser storage the page could use, as one object. The service worker's cache of
 * the app's own files (`enlistment-<version>`) is allowed: it is checked to hold nothing but the
 * build's files, with no query string, and left out; any other cache is reported.
 */
async function storage(page) {
  return page.evaluate(async () => {
    const other = [];
    for (const k of await caches.keys()) {
      if (!/^enlistment-[0-9a-f]{12}$/.test(k)) { other.push(k); continue; }
      for (const r of await (await caches.open(k)).keys()) {
        const u = new URL(r.url);
        // The build's own files: at the top level, or a language file kept for offline switching.
        const own = u.pathname.split('/').length <= 2 || /^\/i18n\/[A-Za-z-]+-[0-9a-f]{12}\.txt$/.test(u.pathname);
        if (u.origin !== location.origin || u.search || u.hash || !own) other.push(`${k}: ${r.url}`);
      }
    }
    return {
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      cookies: document.cookie,
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      caches: other,
    };
  });
}
const EMPTY = { local: [], session: [], cookies: '', indexedDB: [], caches: [] };

/**
 * A recording HTTP proxy for one browser context. Everything the context puts on the network goes
 * through it: the page's requests, the service worker's own fetches, the browser's update checks
 * of the worker, beacons, prefetch and preload, and WebSockets (an upgrade, or a CONNECT tunnel).
 * Requests to the test's own servers on 127.0.0.1 are passed on; anything else is recorded and
 * refused, so nothing leaves this machine.
 */
async function recordingProxy() {
  const seen = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push({ kind: 'http', method: req.method, url: req.url, headers: req.headers, body: body.toString('latin1') });
      const target = new URL(req.url);
      if (target.hostname !== '127.0.0.1') { res.writeHead(502).end(); return; }
      const up = http.request(target, { method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode, r.headers);
        r.pipe(res);
      });
      up.on('error', () => res.writeHead(502).end());
      up.end(body);
    });
  });
  // A tunnel (HTTPS, or a WebSocket through the proxy): recorded, and its first bytes too, which
  // name the path when the tunnel carries plain HTTP (a WebSocket's handshake). Nothing is passed on.
  server.on('connect', (req, socket) => {
    seen.push({ kind: 'connect', method: 'CONNECT', url: req.url, headers: req.headers, body: '' });
    socket.on('error', () => {});
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    socket.once('data', (chunk) => {
      const text = chunk.toString('latin1');
      const line = /^(\w+) (\S+) HTTP/.exec(text);
      if (line) seen.push({ kind: 'tunnel', method: line[1], url: `http://${req.url}${line[2]}`, headers: {}, body: text });
      socket.destroy();
    });
  });
  server.on('upgrade', (req, socket) => {
    seen.push({ kind: 'upgrade', method: req.method, url: req.url, headers: req.headers, body: '' });
    socket.destroy();
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server: `http://127.0.0.1:${server.address().port}`, seen, close: () => server.close() };
}

/** The app's own static files: every file of dist/ (the compressed copies are the same files). */
function ownFiles() {
  const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
  const files = fs.readdirSync(dist, { recursive: true })
    .filter((f) => fs.statSync(path.join(dist, f)).isFile() && !/\.(gz|br)$/.test(f))
    .map((f) => f.split(path.sep).join('/'));
  return new Set(['', ...files]);
}

/**
 * The rule of ARCHITECTURE.md ("Nothing typed leaves the browser"), as a list of what breaks it.
 * At any time: no other origin, no typed value anywhere in a request. After load, also: only a GET
 * of one of the app's own static files, with no query string and no body.
 */
function breaches(records, { origin, own, afterLoad }) {
  const out = [];
  for (const r of records) {
    const leaving = r.url + JSON.stringify(r.headers) + r.body;
    for (const v of TYPED) if (leaving.includes(v)) out.push(`typed value ${v}: ${r.method} ${r.url}`);
    let url;
    try { url = new URL(r.kind === 'connect' ? `https://${r.url}` : r.url); } catch { out.push(`not a URL: ${r.url}`); continue; }
    if (r.kind !== 'http' || url.origin !== origin) { out.push(`other origin or not plain HTTP: ${r.kind} ${r.url}`); continue; }
    if (!afterLoad) continue;
    if (r.method !== 'GET') out.push(`${r.method} after load: ${r.url}`);
    if (url.search) out.push(`query string after load: ${r.url}`);
    if (r.body) out.push(`body after load: ${r.url}`);
    if (!own.has(url.pathname.slice(1))) out.push(`not one of the app's files: ${r.url}`);
  }
  return out;
}

/** Everything a tab sees when a phone user leaves and comes back, goes offline, rotates. */
async function lifeEvents(page, context) {
  await page.evaluate(() => {
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    window.dispatchEvent(new FocusEvent('focus'));
    document.dispatchEvent(new Event('freeze'));
    document.dispatchEvent(new Event('resume'));
  });
  await context.setOffline(true);
  await context.setOffline(false); // a real `online` event
  await page.setViewportSize({ width: 360, height: 640 }); // a real `resize`
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.bringToFront();
}

test('after load only the app\'s own files are fetched, and nothing typed ever leaves', async ({ browser }) => {
  const proxy = await recordingProxy();
  const origin = new URL(process.env.BASE_URL).origin;
  const context = await browser.newContext({ baseURL: origin, proxy: { server: proxy.server } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const log = await watch(page);
  // Playwright's own view as well: it marks the requests a service worker made.
  const events = [];
  context.on('request', (r) => events.push({ url: r.url(), worker: Boolean(r.serviceWorker()) }));
  page.on('websocket', (ws) => events.push({ url: ws.url(), worker: false }));
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await open(page, '#/check');
  // Loaded means: the app runs and the service worker has cached the build and taken control.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForLoadState('networkidle');
  const atLoad = proxy.seen.length;
  const eventsAtLoad = events.length;
  const own = ownFiles();
  // After load the allowance is exactly two kinds of file of this build: a language's file
  // (i18n/<code>-<hash>.txt, fetched when the reader switches language, answered by the worker's
  // cache) and sw.js (the browser's update check when the tab comes back). Nothing else.
  const languageFiles = [...own].filter((f) => /^i18n\/[a-z]+(-[A-Za-z]+)?-[0-9a-f]{12}\.txt$/.test(f));
  expect(languageFiles.length, 'language files in dist/').toBeGreaterThan(0);
  const allowed = new Set(['sw.js', ...languageFiles]);
  // Positive controls: the page's load went through the proxy, and the worker's precaching was seen.
  expect(proxy.seen.some((r) => r.url.endsWith('_bg.wasm')), 'the proxy saw the page load').toBe(true);
  expect(events.some((r) => r.worker), 'the service worker\'s requests are recorded').toBe(true);
  expect(breaches(proxy.seen, { origin, own, afterLoad: false }), 'at load').toEqual([]);

  await fullCheck(page);
  await lifeEvents(page, context);
  await page.getByTestId('share').click();
  await page.check('#share-all');
  await page.getByTestId('share').click();
  await page.evaluate(() => { window.print = () => {}; });
  await page.getByRole('button', { name: /打印/ }).click();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '待遇估算' }).click();
  await page.fill('#tuition', '8765');
  await page.fill('#loan', '6543');
  await expect(page.getByTestId('benefits-total')).toBeVisible();
  await lifeEvents(page, context);
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  for (const p of PAGES) {
    await page.evaluate((h) => { location.hash = h; }, `#/${p}?lang=en`);
    await expect(page.locator('#app main h1')).toBeVisible();
  }
  await page.evaluate(() => { location.hash = '#/check?lang=en'; });
  await lifeEvents(page, context);
  // Positive control for requests made by the browser itself after load: coming back to the tab
  // looks for a new build (the worker's update check, allowed: a GET of sw.js, nothing typed).
  await expect.poll(() => proxy.seen.slice(atLoad).some((r) => new URL(r.url).pathname === '/sw.js'),
    'the proxy saw the update check').toBe(true);
  await page.getByTestId('erase').click();
  await page.getByTestId('erase-confirm').click();
  await page.waitForLoadState('networkidle');
  await expectQuiet(page, log);
  // Late traffic: timers, and whatever is sent when the tab goes away (pagehide, beacons).
  await page.waitForTimeout(3000);
  await page.close({ runBeforeUnload: true });
  await new Promise((ok) => setTimeout(ok, 1000));

  const after = proxy.seen.slice(atLoad);
  expect(breaches(proxy.seen.slice(0, atLoad), { origin, own, afterLoad: false }), 'at load').toEqual([]);
  expect(breaches(after, { origin, own: allowed, afterLoad: true }), 'after load').toEqual([]);
  expect(events.filter((r) => new URL(r.url).origin !== origin), 'other origins (Playwright\'s view)').toEqual([]);
  // Playwright's view also sees what the worker answered from its cache (the language file).
  const path = (r) => new URL(r.url).pathname.slice(1);
  const seenAfter = events.slice(eventsAtLoad).filter((r) => !r.worker);
  expect(seenAfter.filter((r) => !allowed.has(path(r)) || new URL(r.url).search).map((r) => r.url), 'page requests after load').toEqual([]);
  expect(seenAfter.filter((r) => languageFiles.includes(path(r))).length, 'the English file, fetched once').toBeLessThanOrEqual(1);
  console.log(`proxy: ${atLoad} requests at load, ${after.length} after: ${after.map((r) => `${r.method} ${new URL(r.url).pathname}`).join(', ')}`);

  // The recorder and the rule catch each channel a leak could take: a beacon, a WebSocket,
  // prefetch and preload, a fetch by the service worker, a query string, another origin.
  const page2 = await context.newPage();
  await page2.goto('/#/about');
  await page2.evaluate(() => navigator.serviceWorker.ready);
  const before = proxy.seen.length;
  await page2.evaluate(() => {
    navigator.sendBeacon('/probe-beacon', '171.3');
    new WebSocket(`ws://${location.host}/probe-socket`);
    for (const rel of ['prefetch', 'preload']) {
      const l = document.createElement('link');
      Object.assign(l, { rel, as: 'fetch', href: `/probe-${rel}` });
      document.head.append(l);
    }
    fetch('/probe-query?q=1');
  });
  const worker = context.serviceWorkers()[0];
  await worker.evaluate(() => fetch('/probe-worker').catch(() => {}));
  const probes = ['/probe-beacon', '/probe-socket', '/probe-prefetch', '/probe-preload', '/probe-worker', '/probe-query?q=1', '/probe-other'];
  const missing = () => probes.filter((p) => !proxy.seen.slice(before).some((r) => r.url.endsWith(p)));
  await expect.poll(missing, 'probes not recorded').toEqual(['/probe-other']);
  await page2.goto('http://example.invalid/probe-other').catch(() => {});
  await expect.poll(missing, 'probes not recorded').toEqual([]);
  const caught = breaches(proxy.seen.slice(before), { origin, own: allowed, afterLoad: true });
  for (const p of probes) expect(caught.some((b) => b.includes(p)), `the rule flags ${p}`).toBe(true);
  expect(caught.some((b) => b.startsWith('typed value 171.3')), 'the rule flags a typed value in a body').toBe(true);
  await context.close();
  proxy.close();
});

test('nothing is stored unless "remember on this device" is chosen, and erase removes it', async ({ page }) => {
  await start(page, { date: '2026-12-01T10:00:00' });
  await fullCheck(page);
  expect(await storage(page)).toEqual(EMPTY);
  await page.check('#remember');
  const kept = await storage(page);
  expect(kept.local).toEqual(['enlistment-answers']);
  expect({ ...kept, local: [] }).toEqual(EMPTY);
  // Remembered answers come back in a fresh tab without the address.
  await page.goto('/#/check');
  await page.reload();
  await expect(page.getByTestId('verdict')).toBeVisible();
  await page.getByTestId('erase').click();
  await page.getByTestId('erase-confirm').click();
  expect(await storage(page)).toEqual(EMPTY);
  await page.reload();
  await expect(page.locator('#step-title')).toBeVisible();
  expect(await storage(page)).toEqual(EMPTY);
});

test('the page carries a strict policy, and the policy really blocks inline script', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(directives['connect-src']).toEqual(["'self'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(directives['base-uri']).toEqual(["'none'"]);
  expect(directives['form-action']).toEqual(["'none'"]);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/'unsafe-eval'/);
  // script-src: self, wasm compilation, and the hashes of exactly the page's two inline scripts
  // (the "JavaScript runs" flag in the head and the boot script).
  const inline = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(inline).toHaveLength(2);
  const hashes = inline.map((code) => `'sha256-${crypto.createHash('sha256').update(code).digest('base64')}'`);
  expect(directives['script-src'].sort()).toEqual(["'self'", "'wasm-unsafe-eval'", ...hashes].sort());
  // Positive control: an injected inline script does not run and is reported.
  await watch(page);
  await open(page, '#/check');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
  });
  await expect.poll(() => violations(page)).toContainEqual(expect.stringContaining('script-src'));
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
});

for (const [what, pattern] of [['wasm', '**/*_bg.wasm'], ['JS', '**/enlistment-app-*.js']]) {
  test(`a tampered ${what} file refuses to run and the page says so`, async ({ page }) => {
    await page.route(pattern, async (route) => {
      const res = await route.fetch();
      const body = Buffer.from(await res.body());
      body[body.length - 20] ^= 0x01;
      await route.fulfill({ response: res, body });
    });
    await page.goto('/#/check');
    await expect(page.locator('html')).toHaveClass(/boot-failed/);
    await expect(page.locator('.boot-failure')).toBeVisible();
    await expect(page.locator('.boot-failure')).toContainText('无法在这个浏览器中运行');
    await expect(page.locator('#app main')).toHaveCount(0);
  });
}

test('typed markup is shown as text, never run', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__xss=1">';
  page.on('dialog', () => { throw new Error('a dialog opened'); });
  const log = await watch(page);
  await start(page);
  await page.fill('#birth', hostile);
  await page.locator('#birth').blur();
  await expect(page.locator('.field-error').first()).toBeVisible();
  await page.locator('.step-progress button').last().click();
  await expect(page.locator('.summary')).toContainText(hostile);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  // Through the address and a reload, still text.
  await page.reload();
  await expect(page.locator('.summary')).toContainText(hostile);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  await expectQuiet(page, log);
});

test('a hostile share link or answers fragment is refused with a message', async ({ page }) => {
  await start(page, { date: '2026-12-01T10:00:00' });
  await answer(page, { sex: 'male', birth: '2005', education: 'high_school', status: 'graduated', height: '175', weight: '65', left: '4.9', right: '4.9' });
  const valid = new URL(page.url()).hash.match(/a=(v1\.[A-Za-z0-9_-]+)/)[1];
  const random = [...crypto.randomBytes(3000)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  const payloads = {
    '1 MB': 'v1.' + 'QUJD'.repeat(262144),
    'random bytes': random,
    'wrong version': 'v9.' + valid.slice(3),
    'truncated base64': valid.slice(0, valid.length - 7),
    'no version': valid.slice(3),
  };
  for (const [name, payload] of Object.entries(payloads)) {
    for (const key of ['a', 's']) {
      const log = await watch(page);
      await page.goto('about:blank');
      await page.goto(`/#/check?${key}=${payload}`);
      await expect(page.locator('#app main h1'), name).toBeVisible();
      await expect(page.getByTestId('flash'), `${name} in ${key}=`).toBeVisible();
      await expect(page.locator('#step-title')).toHaveText('基本情况');
      expect(page.url().length, 'the refused payload is dropped from the address').toBeLessThan(200);
      await expectQuiet(page, log);
    }
  }
});

test('a panic shows a message in both languages, not a blank page (the shipped build)', async ({ page }) => {
  // At start-up, before anything rendered: a page without the element the app mounts into makes
  // the app's start panic (the same build, its page served without `<div id="app">`).
  await page.route('**/', async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace('<div id="app"></div>', '');
    expect(html, 'the page was changed').not.toContain('id="app"');
    await route.fulfill({ response: res, body: html });
  });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto('/#/check');
  await expect(page.locator('#fatal')).toBeVisible();
  await expect(page.locator('#fatal')).toContainText('出错了');
  await expect(page.locator('#fatal')).toContainText('Something went wrong');
  await expect(page.locator('.boot-loading')).toHaveCount(0);
  expect(errors.join('\n')).toContain('index.html has <div id="app">');
  await page.unroute('**/');

  // After the app mounted, on navigation: the DOM refuses an insertion (as when a browser
  // extension has moved the app's nodes), and Yew panics; the message goes above the page.
  await page.goto('/#/about');
  await page.reload();
  await expect(page.locator('#app main h1')).toBeVisible();
  await expect(page.locator('#fatal')).toHaveCount(0);
  await page.evaluate(() => {
    Node.prototype.insertBefore = function () { throw new DOMException('refused by the test', 'HierarchyRequestError'); };
    location.hash = '#/check';
  });
  await expect(page.locator('#fatal')).toBeVisible();
  await expect(page.locator('#fatal')).toContainText('Something went wrong');
  expect(errors.join('\n')).toMatch(/failed to (insert node before next sibling|append child)/);
});
