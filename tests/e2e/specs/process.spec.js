// The process page: the calendar and countdown for fixed browser dates, the .ics file read back
// with a real iCalendar parser, the current step, every link internal or a listed source, and the
// checklist printing on one A4 page.
import { test, expect } from '@playwright/test';
import ICAL from 'ical.js';
import fs from 'node:fs';
import { PAGES, watch, expectQuiet } from './helpers.js';
import { start, answer } from './flow.js';

/** The addresses in the sources data (the text and any news report), read from the TOML itself. */
const SOURCE_URLS = new Set(
  [...fs.readFileSync(new URL('../../../crates/rules/data/sources.toml', import.meta.url), 'utf8')
    .matchAll(/^(?:news_)?url = "([^"]+)"/gm)].map((m) => m[1]),
);

async function openProcess(page, date, hash = '#/process') {
  await page.clock.setFixedTime(new Date(`${date}T10:00:00`));
  await page.goto(`/${hash}`);
  await expect(page.locator('#app main h1')).toBeVisible();
}

const CASES = [
  // browser date, next deadline, its round, days left, the round marked current
  { today: '2026-12-01', deadline: '2027-02-10', round: '2027年上半年', days: 71, current: '2027-H1' },
  { today: '2027-02-11', deadline: '2027-08-10', round: '2027年下半年', days: 180, current: '2027-H2' },
  { today: '2027-07-15', deadline: '2027-08-10', round: '2027年下半年', days: 26, current: '2027-H2' },
];

for (const c of CASES) {
  test(`on ${c.today} the next deadline is ${c.deadline} (${c.current})`, async ({ page }) => {
    const log = await watch(page);
    await openProcess(page, c.today);
    await expect(page.getByTestId('deadline-date')).toHaveAttribute('datetime', c.deadline);
    await expect(page.getByTestId('deadline-what')).toContainText(c.round);
    await expect(page.getByTestId('countdown')).toHaveText(`还有 ${c.days} 天`);
    // 2027 has no published notice: the date is marked expected, the round provisional.
    await expect(page.getByTestId('deadline-date')).toContainText('预计');
    await expect(page.locator('.round-calendar tr.current')).toHaveCount(1);
    await expect(page.locator('.round-calendar tr.current')).toHaveAttribute('data-round', c.current);
    await expect(page.locator('.round-calendar tr[data-round="2027-H1"] th')).toContainText('尚未发布全国征兵通知');
    await expectQuiet(page, log);
  });
}

test('conflicting published deadlines are both shown, and the countdown uses the earlier', async ({ page }) => {
  await openProcess(page, '2024-02-01', '#/process?lang=en');
  await expect(page.getByTestId('deadline-date')).toHaveAttribute('datetime', '2024-02-10');
  await expect(page.getByTestId('deadline-date')).toContainText('10 Feb 2024 or 18 Feb 2024 (sources disagree)');
  await expect(page.getByTestId('countdown')).toHaveText('9 days left');
  await expect(page.locator('.deadline-card')).toContainText('the countdown uses the earlier one');
  const row = page.locator('.round-calendar tr[data-round="2024-H1"]');
  await expect(row.locator('td').nth(0)).toContainText('or 18 Feb 2024');
  await expect(row.locator('td').nth(1)).toContainText('or 18 Feb 2024');
});

test('after the last deadline in the data the page says so instead of counting', async ({ page }) => {
  await openProcess(page, '2027-11-02');
  await expect(page.getByTestId('deadline-none')).toBeVisible();
  await expect(page.getByTestId('countdown')).toHaveCount(0);
});

test('the calendar file parses and holds the dates ahead, for the sex answered', async ({ page }) => {
  const log = await watch(page);
  await start(page, { date: '2026-12-01T10:00:00' });
  await page.check('#sex-female');
  await page.getByRole('navigation').getByRole('link', { name: '报名流程' }).click();
  await expect(page.getByTestId('deadline-what')).toContainText('（女）');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics').click()]);
  expect(download.suggestedFilename()).toBe('enlistment-dates.ics');
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text).toContain('\r\n');
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const byDay = Object.fromEntries(events.map((e) => [e.startDate.toString(), e.summary]));
  // Women's 2027-H1 window and deadline, the approval dates; nothing before today, nothing for men.
  expect(byDay['2027-01-01']).toContain('报名开始');
  expect(byDay['2027-02-10']).toContain('报名截止');
  expect(byDay['2027-02-10']).toContain('女');
  expect(byDay['2027-03-01']).toContain('批准入伍');
  expect(byDay['2027-08-10']).toContain('2027年下半年');
  expect(events.every((e) => e.startDate.toString() >= '2026-12-01')).toBe(true);
  expect(events.some((e) => e.summary.includes('（男）'))).toBe(false);
  expect(events.every((e) => e.startDate.isDate && e.endDate.toString() > e.startDate.toString())).toBe(true);
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  // Expected (unpublished) dates say so in the description.
  expect(events.find((e) => e.startDate.toString() === '2027-02-10').description).toContain('以当地征兵公告为准');
  // Every event reminds three days before.
  expect(cal.getAllSubcomponents('vevent').every((v) => v.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString() === '-P3D')).toBe(true);
  await expectQuiet(page, log);
});

test('the step the user is at is marked, for sight and for screen readers', async ({ page }) => {
  // A man on 2026-11-29, before the 2027-H1 window opens: registration comes first.
  await start(page, { date: '2026-11-29T10:00:00' });
  await page.check('#sex-male');
  await page.getByRole('navigation').getByRole('link', { name: '报名流程' }).click();
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step', 'registration');
  // On 2027-02-12 the 2027-H1 window has closed: with no round chosen, the next round (H2) is
  // open, so applying is the step; for someone in 2027-H1, conscription has not begun: pre-screening.
  await page.clock.setFixedTime(new Date('2027-02-12T10:00:00'));
  await page.reload();
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step', 'apply');
  await page.getByRole('navigation').getByRole('link', { name: '条件自测' }).click();
  // With answers, the self-check reopens on its review step; change the round from there.
  await page.getByRole('button', { name: '修改 应征批次' }).click();
  await page.selectOption('#round', '2027-H1');
  await page.getByRole('navigation').getByRole('link', { name: '报名流程' }).click();
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step', 'prescreen');
});

test('women skip military-service registration: their first step is applying', async ({ page }) => {
  await start(page, { date: '2026-11-29T10:00:00' });
  await page.check('#sex-female');
  await page.getByRole('navigation').getByRole('link', { name: '报名流程' }).click();
  await expect(page.locator('[data-step="registration"]')).toHaveCount(0);
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step', 'apply');
});

test('every link on every page is inside the app or a listed source, and outbound ones leak nothing', async ({ page }) => {
  expect(SOURCE_URLS.size).toBeGreaterThan(30);
  await start(page, { date: '2026-12-01T10:00:00' });
  await answer(page, { sex: 'male', birth: '2006', education: 'bachelor', status: 'graduated', height: '172', weight: '65', left: '4.9', right: '4.9' });
  const hashes = [...PAGES.map((p) => `#/${p}`), '#/process/checklist'];
  let outbound = 0;
  for (const lang of ['', '?lang=en']) {
    for (const h of hashes) {
      await page.evaluate((x) => { location.hash = x; }, h + lang);
      await expect(page.locator('#app main h1')).toBeVisible();
      const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => ({
        href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel'),
      })));
      expect(links.length).toBeGreaterThan(3);
      for (const l of links) {
        if (l.href.startsWith('#')) continue;
        outbound++;
        expect(SOURCE_URLS.has(l.href), `${h}: ${l.href} is not in sources.toml`).toBe(true);
        expect(l.target, l.href).toBe('_blank');
        expect(l.rel, l.href).toBe('noopener noreferrer');
      }
    }
  }
  expect(outbound).toBeGreaterThan(88);
});

for (const lang of ['zh', 'en']) {
  test(`the documents checklist prints on one A4 page (${lang})`, async ({ page }) => {
    await openProcess(page, '2026-12-01', `#/process/checklist${lang === 'en' ? '?lang=en' : ''}`);
    await expect(page.locator('.checklist li')).toHaveCount(7);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) || [];
    expect(pages.length).toBe(1);
  });
}

test('the sources page lists every source in the data, and a citation lands on its entry', async ({ page }) => {
  const log = await watch(page);
  const ids = [...fs.readFileSync(new URL('../../../crates/rules/data/sources.toml', import.meta.url), 'utf8')
    .matchAll(/^id = "([^"]+)"/gm)].map((m) => m[1]);
  await openProcess(page, '2026-12-01', '#/sources?lang=en');
  await expect(page.locator('.source')).toHaveCount(ids.length);
  for (const id of ids) {
    const entry = page.locator(`#src-${id}`);
    await expect(entry.locator('.grade')).toHaveText(/Grade: [ABC]/);
    // A link to the text (or a search page), or a plain "not linked" note.
    if (await entry.locator('.unlinked').count() === 0) {
      await expect(entry.locator('a.external').first()).toHaveAttribute('href', /^https?:\/\//);
    }
  }
  // From a step's legal basis on the process page to the regulation's entry, focused.
  await page.evaluate(() => { location.hash = '#/process?lang=en'; });
  await page.locator('[data-step="public_notice"] .citations a').first().click();
  await expect(page).toHaveURL(/#\/sources\/conscription-regulations/);
  await expect(page.locator('#src-conscription-regulations')).toBeFocused();
  await expectQuiet(page, log);
});
