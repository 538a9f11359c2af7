// The reading experience (issue 14): the first screen of a code page answers, the header keeps one row on a phone,
// every class shows its colour with its label, Korean gets Hangul fonts and whole-word line breaks, print drops the
// navigation.
import { expect, test, type Locator } from '@playwright/test';
import { en } from '../../src/i18n/en';
import { ko } from '../../src/i18n/ko';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const dict = { en, ko } as const;

/** The bottom edge of a locator's box, in page pixels (the page is not scrolled). */
async function bottom(el: Locator): Promise<number> {
  const box = await el.boundingBox();
  expect(box, 'element is rendered').not.toBeNull();
  return box!.y + box!.height;
}

for (const viewport of [PHONE, DESKTOP]) {
  for (const locale of ['en', 'ko'] as const) {
    test(`/${locale}/425/ at ${viewport.width}×${viewport.height}: code, title, class, meaning and the jump links fit the first screen`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/${locale}/425/`);
      const t = dict[locale];
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toContainText('425');
      const jump = page.getByRole('navigation', { name: t['code.onThisPage'] });
      const links = [t['jump.causes'], t['jump.fix-client'], t['jump.fix-server']].map((name) => jump.getByRole('link', { name, exact: true }));
      await expect(links[0]!).toHaveAttribute('href', '#causes');
      await expect(links[1]!).toHaveAttribute('href', '#fix-client');
      await expect(links[2]!).toHaveAttribute('href', '#fix-server');
      const meaning = page.locator('article .lead');
      await expect(meaning.locator('.cls')).toHaveText(t['badge.4']);
      for (const el of [h1, meaning, ...links]) {
        await expect(el).toBeVisible();
        expect(await bottom(el)).toBeLessThanOrEqual(viewport.height);
      }
    });
  }
}

for (const path of ['/en/425/', '/ko/425/', '/en/220-vs-425/', '/ko/421-vs-10060/', '/en/', '/ko/troubleshoot/', '/en/servers/vsftpd/']) {
  test(`${path} on a phone: the header is one row with the search field and the other language in view`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(path);
    const header = page.locator('.site-header');
    const box = (await header.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(64);
    const search = page.getByRole('combobox');
    const other = page.locator('.lang-switch a:not([aria-current])');
    for (const el of [page.locator('.brand'), search, other]) {
      await expect(el).toBeVisible();
      const b = (await el.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(PHONE.width);
      expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height);
    }
    // The field stays wide enough to type a code or a few words into.
    expect((await search.boundingBox())!.width).toBeGreaterThanOrEqual(110);
    // Searching needs no script: the field sits in a form that goes to the search page.
    await expect(page.locator('form[role="search"]')).toHaveAttribute('action', /^\/(en|ko)\/search\/$/);
  });
}

test('the class label names the class on code pages, lists and comparison headers, in both languages', async ({ page }) => {
  await page.goto('/ko/530/');
  await expect(page.locator('article .lead .cls')).toHaveText(ko['badge.5']);
  await expect(page.locator('article .lead .cls')).toHaveClass(/\bc5\b/);
  await page.goto('/en/10060/');
  await expect(page.locator('article .lead .cls')).toHaveText(en['badge.winsock']);
  await page.goto('/en/220-vs-425/');
  await expect(page.locator('.pair-classes .cls')).toHaveText([en['badge.2'], en['badge.4']]);
  await page.goto('/ko/220-vs-425/');
  await expect(page.locator('.pair-classes .cls')).toHaveText([ko['badge.2'], ko['badge.4']]);
  await page.goto('/en/');
  await expect(page.locator('#class-6 .cls')).toHaveText(en['badge.6']);
  await expect(page.locator('#class-3 .cls')).toHaveText(en['badge.3']);
  await page.goto('/ko/1xx/');
  await expect(page.locator('.lead .cls')).toHaveText(ko['badge.1']);
});

test('the same class has the same colour everywhere, and different classes differ', async ({ page }) => {
  const colour = (sel: string) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.goto('/en/425/');
  const transient = await colour('article .lead .cls');
  await page.goto('/en/');
  expect(await colour('#class-4 .cls')).toBe(transient);
  const others = await Promise.all(['1', '3', '5', '6', 'winsock'].map((c) => colour(`#class-${c} .cls`)));
  expect(new Set([transient, ...others]).size).toBe(6);
  expect(await colour('#class-2 .cls')).toBe(others[0]);
});

for (const [locale, query, label] of [
  ['en', '425', en['badge.4']],
  ['ko', '10060', ko['badge.winsock']],
] as const) {
  test(`/${locale}/ search for ${query}: the result shows its class label`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await page.getByRole('combobox').fill(query);
    const first = page.getByRole('option').first();
    await expect(first).toHaveAttribute('data-url', `/${locale}/${query}/`);
    await expect(first.locator('.cls')).toHaveText(label);
  });
}

test('a search for two codes labels both classes of the comparison', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('combobox').fill('425 530');
  const first = page.getByRole('option').first();
  await expect(first).toHaveAttribute('data-url', '/en/425-vs-530/');
  await expect(first.locator('.cls')).toHaveText([en['badge.4'], en['badge.5']]);
});

test('Korean pages name Hangul fonts before the generic family, and break lines between words', async ({ page }) => {
  await page.goto('/ko/425/');
  const style = await page.locator('body').evaluate((b) => ({ font: getComputedStyle(b).fontFamily, wordBreak: getComputedStyle(b).wordBreak }));
  const fonts = style.font.split(',').map((f) => f.trim().replace(/["']/g, ''));
  const generic = fonts.indexOf('sans-serif');
  for (const name of ['Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', 'Noto Sans CJK KR']) {
    expect(fonts.indexOf(name), name).toBeGreaterThanOrEqual(0);
    expect(fonts.indexOf(name), name).toBeLessThan(generic);
  }
  expect(style.wordBreak).toBe('keep-all');
  // The title's Hangul is drawn with a Korean font, not a Chinese or Japanese fallback (fonts-noto-cjk here).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
  const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  expect(used.map((f) => f.familyName).join(', ')).toMatch(/Noto Sans CJK KR|Noto Sans KR|Malgun Gothic|Apple SD Gothic Neo/);
});

test('print drops the header, navigation and footer and keeps the article', async ({ page }) => {
  await page.goto('/en/425/');
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.site-header', '.crumbs', 'nav.jump', '.site-footer', '.neighbours']) await expect(page.locator(sel)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('h2#fix-server')).toBeVisible();
  expect(await page.locator('pre').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.site-header')).toBeVisible();
});

test('the reply lookup labels the class of the code it found', async ({ page }) => {
  await page.goto('/en/');
  await page.getByLabel(en['lookup.label']).fill('530 Login incorrect.');
  await page.getByRole('button', { name: en['lookup.submit'] }).click();
  const link = page.getByRole('link', { name: en['lookup.openCode'].replace('{code}', '530') });
  await expect(link).toBeVisible();
  await expect(page.locator('p', { has: link }).locator('.cls')).toHaveText(en['badge.5']);
});
