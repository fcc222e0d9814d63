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

    test(`every source link goes to an allowed host for its grade (${l.code})`, async ({ page }) => {
      const lists = hostLists();
      expect(lists.A).toContain('gov.cn');
      await start(page, { hash: `#/sources${l.q}` });
      const entries = await page.locator('.source').evaluateAll((els) => els.map((e) => ({
        id: e.id, grade: e.querySelector('.grade').textContent,
        hrefs: [...e.querySelectorAll('a.external')].map((a) => a.getAttribute('href')),
        unlinked: !!e.querySelector('.unlinked'),
      })));
      expect(entries.length).toBeGreaterThan(80);
      let linked = 0;
      for (const e of entries) {
        const grade = e.grade.match(l.grade)[1];
        expect(e.hrefs.length > 0 || e.unlinked, `${e.id} has a link or says it has none`).toBe(true);
        for (const href of e.hrefs) {
          const host = new URL(href).hostname;
          expect(host, `${e.id}: raw IP`).not.toMatch(/^[\d.]+$/);
          expect(onList(host, lists[grade]), `${e.id} (${grade}): ${host} is not on the list`).toBe(true);
          linked++;
        }
      }
      expect(linked).toBeGreaterThan(40);
      // The Military Service Law: the NPC database, searched by its exact title, plus a news report.
      const law = page.locator('#src-military-service-law');
      await expect(law.locator('a.external').first()).toHaveAttribute('href', 'https://flk.npc.gov.cn/');
      await expect(law.locator('a.external').first()).toContainText(l.search);
      await expect(law.locator('a.external')).toHaveCount(2);
      // 慈溪's only copy is on an unrelated commercial site: kept, but not linked.
      await expect(page.locator('#src-cixi-2022 a.external')).toHaveCount(0);
      await expect(page.locator('#src-cixi-2022 .unlinked')).toBeVisible();
    });

    test(`a figure seen only in a reprint is not badged official (${l.code})`, async ({ page }) => {
      await start(page, { hash: `#/benefits${l.q}` });
      await page.selectOption('#region', '33');
      await page.selectOption('#place', '33-cixi');
      const family = page.locator('[data-line="family_payment"]');
      await expect(family).toHaveAttribute('data-basis', 'reprint');
      await expect(family).toContainText(l.reprint);
      await expect(family).not.toContainText(l.official);
      // Wujiang's figure is on its own government site: official.
      await page.selectOption('#region', '32');
      await page.selectOption('#place', '32-wujiang');
      await expect(family).toHaveAttribute('data-basis', 'official');
      await expect(family).toContainText(l.official);
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

    test(`the round's rules date is stated once and does not move with the answers (${l.code})`, async ({ page }) => {
      await start(page, { date: '2026-12-01T10:00:00', lang: l.code });
      await answer(page, { sex: 'male' });
      await expect(page.locator('.rules-as-of')).toHaveCount(1);
      await expect(page.locator('.rules-as-of')).toHaveText(l.asOf);
      await page.goto(`/#/check${l.q}`);
      await answer(page, { sex: 'male', birth: '2004', education: 'bachelor', status: 'graduated', height: '172', weight: '65', left: '4.9', right: '4.9' });
      await expect(page.locator('.rules-as-of')).toHaveCount(1);
      await expect(page.locator('.rules-as-of')).toHaveText(l.asOf);
    });

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

test.describe('words (360 px)', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('English: no "(Male)", no "Cixi, Ningbo\'s", myopia in 度 with dioptres', async ({ page }) => {
    await start(page, { date: '2026-12-01T10:00:00', hash: '#/benefits?lang=en' });
    await page.selectOption('#region', '33');
    await page.selectOption('#place', '33-cixi');
    const family = page.locator('[data-line="family_payment"]');
    await expect(family).toContainText('The 2022 standard of Cixi, Ningbo');
    await expect(family).not.toContainText("Ningbo's");
    await page.goto('/#/process?lang=en');
    await expect(page.locator('main')).not.toContainText('(Male)');
    await expect(page.locator('main')).not.toContainText('(Female)');
    await page.goto('/#/check?lang=en');
    await answer(page, { sex: 'male', birth: '2004', education: 'bachelor', status: 'graduated', height: '172', weight: '65', left: '4.6', right: '4.6' });
    await expect(page.locator('.results [data-check="vision"]').first()).toContainText('600 度 (−6.00 D)');
    await expect(page.locator('main')).not.toContainText('degrees');
  });

  test('Chinese: full-width punctuation beside Chinese, and 长径 glossed', async ({ page }) => {
    const cjkAscii = /[\u4e00-\u9fff][:(!)]|[:(!)][\u4e00-\u9fff]/;
    await start(page, { date: '2026-12-01T10:00:00' });
    await answer(page, { sex: 'male', birth: '2004', education: 'bachelor', status: 'graduated', height: '172', weight: '65', left: '4.6', right: '4.6' });
    for (const h of ['#/check', '#/benefits', '#/process', '#/about']) {
      if (h !== '#/check') await page.evaluate((x) => { location.hash = x; }, h);
      await expect(page.locator('#app main h1')).toBeVisible();
      const text = await page.locator('main').innerText();
      expect(text.match(cjkAscii), `${h}: ${text.match(cjkAscii)}`).toBeNull();
    }
    await page.goto('/#/check');
    await page.locator('.step-progress button').nth(4).click();
    await page.check('#tattoo-y');
    await expect(page.locator('label[for="tattoo-exposed"]')).toContainText('文身最长方向的长度（长径）');
  });
});

const PROCESS = [
  { code: 'zh', q: '', nav: '报名流程', check: '条件自测', next: '你现在该做什么', step: '“兵役登记”', register: '到全国征兵网登记、报名', done: '已生成日历文件', men: '（男）', women: '（女）', older: '往年批次' },
  { code: 'en', q: '?lang=en', nav: 'How to apply', check: 'Self-check', next: 'What to do now', step: '“Military-service registration (兵役登记)”', register: 'Register and apply on 全国征兵网', done: 'Calendar file enlistment-dates.ics made', men: ' for men', women: ' for women', older: 'Earlier rounds' },
];

for (const l of PROCESS) {
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

    test(`the calendar file: this sex only, nothing past, no past reminder, one bracket, confirmed (${l.code})`, async ({ page }) => {
      for (const sex of ['male', 'female']) {
        // Two days before the 2027-H1 deadline of 10 February.
        await start(page, { date: '2027-02-08T10:00:00', lang: l.code });
        await page.check(`#sex-${sex}`);
        await page.getByRole('navigation').getByRole('link', { name: l.nav }).click();
        await expect(page.getByTestId('ics-done')).toHaveText('');
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics').click()]);
        const text = fs.readFileSync(await download.path(), 'utf8');
        const cal = new ICAL.Component(ICAL.parse(text));
        const vevents = cal.getAllSubcomponents('vevent');
        const events = vevents.map((v) => new ICAL.Event(v));
        await expect(page.getByTestId('ics-done')).toContainText(l.done);
        await expect(page.getByTestId('ics-done')).toContainText(String(events.length));
        const other = sex === 'male' ? l.women : l.men;
        expect(events.some((e) => e.summary.includes(other)), `no ${other} events`).toBe(false);
        expect(events.every((e) => e.startDate.toString() >= '2027-02-08')).toBe(true);
        for (const v of vevents) {
          const e = new ICAL.Event(v);
          const alarm = v.getFirstSubcomponent('valarm');
          if (alarm) {
            const when = e.startDate.clone();
            when.addDuration(alarm.getFirstPropertyValue('trigger'));
            expect(when.toString() > '2027-02-08', `${e.summary}: reminder ${when} is past`).toBe(true);
          }
          for (const t of [e.summary, e.description]) {
            expect(t, 'doubled brackets').not.toMatch(/）\s*（|\)\s*\(/);
          }
        }
        // The 10 February deadline is in the file, without a reminder (its day has passed).
        const deadline = vevents.find((v) => new ICAL.Event(v).startDate.toString() === '2027-02-10');
        expect(deadline).toBeTruthy();
        expect(deadline.getFirstSubcomponent('valarm')).toBeNull();
      }
    });
  });
}
