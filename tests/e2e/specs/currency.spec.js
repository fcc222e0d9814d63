// How current the rules are, as a user sees it: every page's footer says when the rules data was
// last updated and links to the sources; when the national statement for the picked round was
// expected more than 30 days ago and is still not in the data, the results, benefits and process
// pages say the rules may have changed, with the date of the rules in use.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { PAGES } from './helpers.js';

// Read from the data itself, not through the app: the newest effective (else published) date of
// any source, and the expected date of 2027's national statement.
const SOURCES = fs.readFileSync(new URL('../../../crates/rules/data/sources.toml', import.meta.url), 'utf8');
const UPDATED = SOURCES.split('[[source]]').slice(1).map((s) => {
  const eff = s.match(/^effective = (\d{4}-\d\d-\d\d)/m);
  const pub = s.match(/^published = (\d{4}-\d\d-\d\d)/m);
  return (eff || pub || [null, ''])[1];
}).sort().at(-1);
const ROUNDS = fs.readFileSync(new URL('../../../crates/rules/data/rounds.toml', import.meta.url), 'utf8');
const EXPECTED = ROUNDS.match(/id = "2027-H1"\nnotice_expected = (\d{4}-\d\d-\d\d)/)[1];

const [uy, um, ud] = UPDATED.split('-').map(Number);
const [ey, em, ed] = EXPECTED.split('-').map(Number);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LANGS = [
  { lang: 'zh', q: '', footer: `规则数据更新至 ${UPDATED}`, stale: '本轮规则可能已更新，以全国征兵网为准',
    used: `${uy}年${um}月${ud}日`, expected: `${ey}年${em}月${ed}日` },
  { lang: 'en', q: '?lang=en', footer: `Rules data updated to ${UPDATED}`, stale: 'may have been updated',
    used: `${ud} ${MONTHS[um - 1]} ${uy}`, expected: `${ed} ${MONTHS[em - 1]} ${ey}` },
];

async function open(page, date, hash) {
  await page.clock.setFixedTime(new Date(`${date}T10:00:00`));
  await page.goto(`/${hash}`);
  await expect(page.locator('#app main h1')).toBeVisible();
}

for (const l of LANGS) {
  test(`${l.lang}: every page's footer shows the rules data date and links to the sources`, async ({ page }) => {
    for (const p of PAGES) {
      await open(page, '2026-12-01', `#/${p}${l.q}`);
      const link = page.getByTestId('rules-updated');
      await expect(link).toHaveText(l.footer);
      await expect(link).toHaveAttribute('href', new RegExp(`^#/sources`));
    }
    await page.getByTestId('rules-updated').click();
    await expect(page).toHaveURL(/#\/sources/);
  });

  test(`${l.lang}: on 2027-02-20 the provisional round's pages warn that the rules may be stale`, async ({ page }) => {
    for (const p of ['check', 'benefits', 'process']) {
      await open(page, '2027-02-20', `#/${p}${l.q}`);
      const warning = page.getByTestId('stale-rules');
      await expect(warning).toHaveCount(1);
      await expect(warning).toContainText(l.stale);
      await expect(warning).toContainText(l.used);
      await expect(warning).toContainText(l.expected);
    }
    // A round whose national notice is in the data is not stale, however late it is.
    await open(page, '2027-02-20', `#/check${l.q}`);
    await page.selectOption('#round', '2026-H2');
    await expect(page.getByTestId('stale-rules')).toHaveCount(0);
  });

  test(`${l.lang}: on 2026-12-01 (before the statement is due) no page warns`, async ({ page }) => {
    for (const p of ['check', 'benefits', 'process']) {
      await open(page, '2026-12-01', `#/${p}${l.q}`);
      await expect(page.locator('#app main h1')).toBeVisible();
      await expect(page.getByTestId('stale-rules')).toHaveCount(0);
    }
  });
}
