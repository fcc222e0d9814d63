// Page-load and responsiveness figures in Chromium through the DevTools protocol:
//   node load.mjs <app-url> <minimal-url>
// - Load: a fresh profile (no cache, no service worker) under DevTools' "Slow 3G" and "Fast 3G"
//   network presets with 4x CPU slowdown; the time from navigation until the first question can be
//   answered (our app: the first radio button of step 1 exists; the minimal app: its heading). The
//   moment is taken in the page by a MutationObserver, so the harness adds no delay. Median of 3.
// - Responsiveness: 200 edits of the height field, alternating across the 160 cm line, each timed
//   from the input event to the verdict's change in the DOM; normal CPU and 4x slowdown.
// - Wasm memory after the full flow.
// Prints one JSON object.
import { chromium } from '@playwright/test';

const [app, minimal] = process.argv.slice(2);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'];
// DevTools' presets (front_end/core/sdk/NetworkManager.ts).
const NETWORKS = {
  'Slow 3G': { latency: 2000, downloadThroughput: (500 * 1000) / 8 * 0.8, uploadThroughput: (500 * 1000) / 8 * 0.8 },
  'Fast 3G': { latency: 562.5, downloadThroughput: (1.6 * 1000 * 1000) / 8 * 0.9, uploadThroughput: (750 * 1000) / 8 * 0.9 },
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });

async function throttledPage(network, cpu) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORKS[network] });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { context, page };
}

async function timeToUsable(url, selector, network) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const { context, page } = await throttledPage(network, 4);
    await page.addInitScript((sel) => {
      const seen = () => { if (!window.__usable && document.querySelector(sel)) window.__usable = performance.now(); };
      new MutationObserver(seen).observe(document, { childList: true, subtree: true });
    }, selector);
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    await page.waitForFunction(() => window.__usable, null, { timeout: 120_000, polling: 100 });
    runs.push(await page.evaluate(() => window.__usable));
    await context.close();
  }
  return Math.round(median(runs));
}

async function responsiveness(cpu) {
  const { context, page } = await throttledPage(null, cpu);
  await page.goto(`${app}#/check`);
  await page.waitForSelector('#sex-male');
  await page.check('#sex-male');
  await page.fill('#birth', '2006');
  await page.getByTestId('next').click();
  await page.check('#education-high_school');
  await page.check('#status-graduated');
  await page.getByTestId('next').click();
  await page.fill('#weight', '63');
  await page.waitForSelector('#height');
  const times = await page.evaluate(async () => {
    const input = document.getElementById('height');
    const live = () => document.querySelector('[data-testid=live-verdict]');
    const out = [];
    for (let i = 0; i < 200; i++) {
      const before = live().getAttribute('data-verdict');
      const changed = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          if (live().getAttribute('data-verdict') !== before) { obs.disconnect(); resolve(performance.now()); }
        });
        obs.observe(document.getElementById('app'), { attributes: true, subtree: true, attributeFilter: ['data-verdict'] });
      });
      const t0 = performance.now();
      input.value = i % 2 === 0 ? '159.9' : '172';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      out.push((await changed) - t0);
    }
    return out;
  });
  let memory = null;
  if (cpu === 1) {
    // Finish the flow (vision, then the results), then read the wasm memory.
    await page.getByTestId('next').click();
    await page.fill('#vision-left', '4.9');
    await page.fill('#vision-right', '4.9');
    for (let i = 0; i < 4; i++) await page.getByTestId('next').click();
    await page.waitForSelector('[data-testid=verdict]');
    const js = await page.evaluate(() => document.querySelector('link[rel=modulepreload]').href);
    memory = await page.evaluate((u) => import(u).then((m) => m.wasm_memory_bytes()), js);
  }
  await context.close();
  return { medianMs: +median(times).toFixed(2), worstMs: +Math.max(...times).toFixed(2), edits: times.length, memory };
}

const out = { load: {}, responsiveness: {} };
for (const network of Object.keys(NETWORKS)) {
  out.load[network] = {
    app: await timeToUsable(`${app}#/check`, '#sex-male', network),
    minimal: await timeToUsable(minimal, 'main h1', network),
  };
}
out.responsiveness.cpu1 = await responsiveness(1);
out.responsiveness.cpu4 = await responsiveness(4);
await browser.close();
console.log(JSON.stringify(out));
