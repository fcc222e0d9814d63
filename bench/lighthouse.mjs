// Lighthouse 12.2.3 (mobile form factor, simulated throttling: its defaults) on a URL, in Debian's
// Chromium. Prints one JSON line: the four category scores (0–100) and a few metrics.
//   node lighthouse.mjs <url>
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const url = process.argv[2];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
try {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const lhr = result.lhr;
  if (process.env.LIGHTHOUSE_REPORT) (await import('node:fs')).writeFileSync(process.env.LIGHTHOUSE_REPORT, result.report);
  const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const metric = (id) => lhr.audits[id]?.numericValue ?? null;
  const failed = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode) && a.details?.type !== 'opportunity')
    .map((a) => a.id);
  console.log(JSON.stringify({
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    transferBytes: metric('total-byte-weight'),
    notPassing: failed,
  }));
} finally {
  await chrome.kill();
}
