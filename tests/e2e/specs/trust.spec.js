// Trust (issue 14): sources a parent can believe. Every outbound link goes to a host on the
// allowlist of its source's grade (read here from sources.toml itself, not through the app), the
// laws link to the official databases, and a figure seen only in a reprint is never "official".
// Phone width first, both languages.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import ICAL from 'ical.js';
import { start, answer } from './flow.js';

const TOML = fs.readFileSync(new URL('../../../crates/rules/data/sources.toml', import.meta.url), 'utf8');

/** `[hosts]`: the host suffixes per grade, parsed from the TOML text. */
function hostLists() {
  const block = TOML.split('[hosts]')[1].split('[[source]]')[0];
  const lists = {};
  for (const g of ['A', 'B', 'C']) {
    const m = block.match(new RegExp(`^${g} = \\[([^\\]]*)\\]`, 'm'));
    lists[g] = [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
  }
  return { A: lists.A, B: [...lists.A, ...lists.B], C: [...lists.A, ...lists.B, ...lists.C] };
}

const onList = (host, list) => list.some((s) => host === s || host.endsWith(`.${s}`));

const LANGS = [
  { code: 'zh', q: '', grade: /可靠程度: ([ABC])/, search: '在国家法律法规数据库搜索本标题', reprint: '据网络转载，未核实', official: '当地官方标准' },
  { code: 'en', q: '?lang=en', grade: /Grade: ([ABC])/, search: 'search National Database of Laws and Regulations for this title', reprint: 'copied online, not verified', official: 'official figure for the place' },
];

for (const l of LANGS) {
  test.describe(`sources a parent can believe (${l.code}, 360 px)`, () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test(`a figure seen only in a reprint is not badged official (${l.code})`, async ({ page }) => {
      await start(page, { hash: `#/benefits${l.q}` });
      await page.selectOption('#region', '33');
      await page.selectOption('#place', '33-cixi');
      const family = page.locator('[data-line="family_payment"]');
      await expect(family).toHaveAttribute('data-basis', 'reprint');
      await expect(family).toContainText(l.reprint);
      await expect(family).not.toContainText(l.official);
      // Wujiang's figure is on its own government site: official for the year it was set for
      // (2025), and the last published figure, an estimate, for a later round (issue 13).
      await page.selectOption('#region', '32');
      await page.selectOption('#place', '32-wujiang');
      await page.selectOption('#round', '2025-H2');
      await expect(family).toHaveAttribute('data-basis', 'official');
      await expect(family).toContainText(l.official);
      await page.selectOption('#round', '2026-H2');
      await expect(family).toHaveAttribute('data-basis', 'estimate');
      await expect(family).not.toContainText(l.official);
    });
  });
}

const CLEAR = [
  { code: 'zh', q: '', asOf: '依据的规则截至 2026年1月15日', legend: '来源等级：A 官方文本', updated: '规则数据最近更新：', upkeep: '谁在维护，发现错误怎么办' },
  { code: 'en', q: '?lang=en', asOf: 'Rules as of 15 January 2026', legend: 'Source grades: A official text', updated: 'Rules data last updated: ', upkeep: 'Who keeps this tool, and how to report a mistake' },
];

for (const l of CLEAR) {
  test.describe(`what the rules are and who stands behind them (${l.code}, 360 px)`, () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test(`a one-line grade legend on pages with grades; the about page names upkeep and data date (${l.code})`, async ({ page }) => {
      for (const p of ['check', 'benefits', 'process', 'sources']) {
        await start(page, { hash: `#/${p}${l.q}` });
        await expect(page.getByTestId('grade-legend')).toContainText(l.legend);
      }
      await start(page, { hash: `#/about${l.q}` });
      await expect(page.getByRole('heading', { name: l.upkeep })).toBeVisible();
      // The newest date of any source in the data (2026-01-24, the defence ministry's statement on
      // registration, as of this data set).
      await expect(page.getByTestId('data-updated')).toContainText(l.updated);
      await expect(page.getByTestId('data-updated')).toContainText(l.code === 'zh' ? '2026年' : '2026');
    });
  });
}

const PROCESS = [
  { code: 'zh', q: '', nav: '报名流程', check: '条件自测', next: '你现在该做什么', step: '“兵役登记”', register: '到全国征兵网登记、报名', done: '已生成日历文件', men: '（男）', women: '（女）', older: '往年批次' },
  { code: 'en', q: '?lang=en', nav: 'How to apply', check: 'Self-check', next: 'What to do now', step: '“Military-service registration (兵役登记)”', register: 'Register and apply on 全国征兵网', done: 'Calendar file enlistment-dates.ics made', men: ' for men', women: ' for women', older: 'Earlier rounds' },
];

for (const l of PROCESS.filter((x) => x.code === 'zh')) {
  test.describe(`the process page (${l.code}, 360 px)`, () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test(`opens with this user's next step, then the deadline with the registration link and the rounds ahead (${l.code})`, async ({ page }) => {
      await start(page, { date: '2026-11-29T10:00:00', lang: l.code });
      await page.check('#sex-male');
      await page.getByRole('navigation').getByRole('link', { name: l.nav }).click();
      await expect(page.locator('main h1 + p + section')).toHaveAttribute('data-testid', 'next-for-you');
      await expect(page.getByTestId('next-for-you')).toContainText(l.next);
      await expect(page.getByTestId('next-for-you')).toContainText(l.step);
      await expect(page.getByTestId('next-for-you')).toBeInViewport();
      const register = page.locator('.deadline-card a.external');
      await expect(register).toContainText(l.register);
      await expect(register).toHaveAttribute('href', 'https://www.gfbzb.gov.cn/');
      // On 2026-11-29 the current round is 2027-H1: it and 2027-H2 are shown, earlier ones folded.
      const shown = page.locator('#calendar > table.round-calendar tbody tr');
      await expect(shown).toHaveCount(2);
      await expect(shown.first()).toHaveAttribute('data-round', '2027-H1');
      await expect(page.locator('#calendar details.older-rounds summary')).toContainText(l.older);
      await expect(page.locator('#calendar details.older-rounds tr[data-round="2024-H1"]')).toBeHidden();
    });

  });
}
