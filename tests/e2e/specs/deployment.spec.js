// The deployment guide's nginx configuration (deploy/nginx.conf with the headers written by
// `cargo xtask dist`), serving dist/ with Debian's nginx: every header, the types, the
// precompressed files, and the app running under the header policy plus the page's own.
import { test, expect } from '@playwright/test';
import { PAGES, watch, expectQuiet } from './helpers.js';

const NGINX = process.env.NGINX_URL;

test('nginx sends the security headers, the right types and long caching for hashed files', async ({ request }) => {
  expect(NGINX, 'NGINX_URL is set by cargo xtask test').toBeTruthy();
  const page = await request.get(`${NGINX}/`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(page.status()).toBe(200);
  const h = page.headers();
  const html = await page.text();
  const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  expect(h['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['cache-control']).toBe('no-cache');
  expect(h['content-type']).toBe('text/html; charset=utf-8');
  expect(h['content-encoding']).toBe('gzip');
  expect(h.server).toBe('nginx');

  const wasm = html.match(/fetch\("\.\/([^"]+_bg\.wasm)"/)[1];
  const js = html.match(/modulepreload" href="\.\/([^"]+\.js)"/)[1];
  const css = html.match(/stylesheet" href="\.\/([^"]+\.css)"/)[1];
  for (const [file, type] of [[wasm, 'application/wasm'], [js, 'text/javascript; charset=utf-8'], [css, 'text/css; charset=utf-8']]) {
    const r = await request.get(`${NGINX}/${file}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(r.status(), file).toBe(200);
    expect(r.headers()['content-type'], file).toBe(type);
    expect(r.headers()['cache-control'], file).toBe('public, max-age=31536000, immutable');
    expect(r.headers()['content-encoding'], file).toBe('gzip');
    expect(r.headers()['x-content-type-options'], file).toBe('nosniff');
  }
  // Without Accept-Encoding the plain file is sent.
  const plain = await request.get(`${NGINX}/${wasm}`, { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect((await plain.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
  expect((await request.get(`${NGINX}/no-such-file`)).status()).toBe(404);
});

test('the app runs under nginx with no policy violation on any page', async ({ page }) => {
  const log = await watch(page);
  for (const p of PAGES) {
    for (const lang of ['', '?lang=en']) {
      await page.goto(`${NGINX}/#/${p}${lang}`);
      await expect(page.locator('#app main h1')).toBeVisible();
    }
  }
  // expectQuiet's origin check is against BASE_URL; nginx is the origin here.
  expect(log.requests.every((u) => u.startsWith(NGINX) || u.startsWith('data:'))).toBe(true);
  await expectQuiet(page, { ...log, requests: [] });
});
