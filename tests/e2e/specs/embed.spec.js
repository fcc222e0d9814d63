// Embedding: the example portal page (examples/embed-host.html) on one origin frames embed.html
// from another, in a sandbox; the engine module called from plain JavaScript (examples/engine.html).
import { test, expect } from '@playwright/test';
import fs from 'node:fs';

const HOST = process.env.HOST_URL;
const APP = process.env.BASE_URL;

/** Opens the example portal page framing the app with these embed parameters. */
async function openHost(page, params) {
  expect(HOST, 'HOST_URL is set by cargo xtask test').toBeTruthy();
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await page.goto(`${HOST}/embed-host.html?app=${encodeURIComponent(`${APP}/`)}&params=${encodeURIComponent(params)}`);
  const frame = page.frameLocator('#enlistment');
  await expect(frame.locator('#app main h1')).toBeVisible();
  return frame;
}

const iframeHeight = (page) => page.locator('#enlistment').evaluate((f) => f.getBoundingClientRect().height);

test('the framed tool takes its language, sections, region and accent from the parameters', async ({ page }) => {
  const frame = await openHost(page, 'lang=en&sections=benefits,check&region=32-wujiang&accent=%23005a9c');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  await expect(frame.locator('html')).toHaveClass(/embed/);
  // Opens on the first section; only the chosen sections are in the navigation; no site name.
  await expect(frame.locator('#app main h1')).toHaveText('Benefits estimator');
  await expect(frame.locator('.site-header nav a')).toHaveText(['Benefits', 'Self-check']);
  await expect(frame.locator('.brand')).toHaveCount(0);
  // The region and place are the starting answers.
  await expect(frame.locator('#region')).toHaveValue('32');
  await expect(frame.locator('#place')).toHaveValue('32-wujiang');
  await expect(frame.locator('.site-header')).toHaveCSS('background-color', 'rgb(0, 90, 156)');
  // The sandbox the documentation gives as the minimum, plus the recommended extras.
  const sandbox = await page.locator('#enlistment').getAttribute('sandbox');
  for (const token of ['allow-scripts', 'allow-same-origin', 'allow-popups']) expect(sandbox.split(' ')).toContain(token);
});

test('the iframe grows and shrinks with the content, and the messages carry only a height', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const frame = await openHost(page, 'lang=zh&sections=check,process');
  await expect.poll(() => iframeHeight(page)).not.toBe(600);
  const before = await iframeHeight(page);
  const loaded = requests.length;
  // Answering and going to the results makes the content taller; the frame follows.
  await frame.locator('#sex-male').check();
  await frame.locator('#birth').fill('2006-03-04');
  await frame.locator('#birth').blur();
  for (let i = 0; i < 7; i++) await frame.getByTestId('next').click();
  await expect.poll(() => iframeHeight(page)).toBeGreaterThan(before + 100);
  // No scroll bar inside: the frame is as tall as its document.
  const inner = await frame.locator('html').evaluate((h) => h.getBoundingClientRect().height);
  expect(Math.abs((await iframeHeight(page)) - Math.ceil(inner))).toBeLessThanOrEqual(1);
  // Back to the first step, the content is short again and the frame shrinks with it.
  const tall = await iframeHeight(page);
  await frame.locator('.step-progress button').first().click();
  await expect.poll(() => iframeHeight(page)).toBeLessThan(tall - 100);
  const messages = await page.evaluate(() => window.receivedMessages);
  expect(messages.length).toBeGreaterThan(1);
  for (const m of messages) {
    expect(Object.keys(m).sort()).toEqual(['height', 'source', 'type', 'version']);
    expect(m).toMatchObject({ source: 'enlistment-self-check', version: 1, type: 'height' });
    expect(JSON.stringify(m)).not.toContain('2006');
  }
  // Nothing requested after the frame loaded, and nothing from a third origin.
  expect(requests.slice(loaded)).toEqual([]);
  expect(requests.every((u) => u.startsWith(HOST) || u.startsWith(APP) || u.startsWith('data:'))).toBe(true);
});

test('invalid parameters are ignored with a console warning, never a broken page', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const frame = await openHost(page, 'lang=fr&accent=%23ffff00&sections=admin&region=99&foo=1');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(frame.locator('.site-header nav a')).toHaveCount(5);
  await expect(frame.locator('.site-header')).toHaveCSS('background-color', 'rgb(140, 28, 19)');
  await expect.poll(() => warnings.filter((w) => w.startsWith('embed: ignored')).length).toBe(5);
});

test('only embed.html may be framed; the full site refuses', async ({ page }) => {
  await openHost(page, 'lang=zh');
  const blocked = page.waitForEvent('console', (m) => m.text().includes('frame-ancestors'));
  await page.evaluate((app) => {
    const f = document.createElement('iframe');
    f.id = 'full';
    f.src = `${app}/index.html`;
    document.body.append(f);
  }, APP);
  await blocked;
  await expect(page.frameLocator('#full').locator('#app')).toHaveCount(0);
});

test('the engine module answers plain JavaScript with the command line\'s JSON', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await page.goto(`${HOST}/engine.html`);
  await expect(page.locator('#verdict')).toHaveAttribute('data-verdict', 'likely_eligible');
  // One option per round of the data (rounds.toml).
  const rounds = [...fs.readFileSync(new URL('../../../crates/rules/data/rounds.toml', import.meta.url), 'utf8')
    .matchAll(/^id = "([^"]+)"/gm)].map((m) => m[1]);
  expect(await page.locator('#round option').evaluateAll((os) => os.map((o) => o.value))).toEqual(rounds);
  await expect(page.locator('tr[data-check="height"]')).toContainText('pass');
  const loaded = requests.length;
  await page.fill('#height', '158');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('#verdict')).toHaveAttribute('data-verdict', 'not_eligible');
  await expect(page.locator('tr[data-check="height"]')).toContainText('fail');
  await page.fill('#height', 'tall');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('.error')).toHaveAttribute('data-field', 'height_cm');
  expect(requests.slice(loaded)).toEqual([]);
  expect(requests.every((u) => u.startsWith(HOST))).toBe(true);
  expect(errors).toEqual([]);
});
