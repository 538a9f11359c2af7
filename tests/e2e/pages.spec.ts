// What readers do: open the home and code pages, switch language, hit a missing page, follow short links.
import { expect, test } from '@playwright/test';

for (const [locale, heading, lang] of [
  ['en', 'FTP reply codes', 'en'],
  ['ko', 'FTP 응답 코드', 'ko'],
] as const) {
  test(`/${locale}/ home lists every class and links to code pages`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.getByRole('link', { name: /^425\b/ }).first().click();
    await expect(page).toHaveURL(`/${locale}/425/`);
  });
}

test('the English 425 page explains the reply and its fixes', async ({ page }) => {
  await page.goto('/en/425/');
  await expect(page).toHaveTitle(/^FTP 425: /);
  await expect(page.getByRole('heading', { level: 1 })).toContainText("425 Can't open data connection");
  for (const id of ['meaning', 'causes', 'fix-client', 'fix-server', 'messages', 'commands', 'spec', 'related'])
    await expect(page.locator(`h2#${id}`)).toBeVisible();
  await expect(page.locator('main')).toContainText('pasv_address');
  await expect(page.getByRole('link', { name: /RFC 959/ })).toHaveAttribute('href', /rfc959#section-4\.2\.2/);
});

test('the Korean 425 page is written in Korean, with the same anchors', async ({ page }) => {
  await page.goto('/ko/425/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('425 데이터 연결을 열 수 없음');
  await expect(page.locator('h2#causes')).toHaveText('이 응답이 나오는 경우');
  await expect(page.locator('h2#fix-server')).toHaveText('서버에서 할 일');
  // Reply texts stay verbatim inside Korean prose.
  await expect(page.locator('main')).toContainText('425 Failed to establish connection.');
});

test('the language switch keeps the reader on the same page and section', async ({ page }) => {
  await page.goto('/en/425/');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL('/ko/425/');
  await page.getByRole('navigation', { name: '언어' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/425/');
  await page.goto('/en/220-vs-425/');
  await page.getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL('/ko/220-vs-425/');
});

test('a missing page answers 404 with a way back in both languages', async ({ page }) => {
  const response = await page.goto('/en/999999/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByText('페이지를 찾을 수 없습니다')).toBeVisible();
  await page.getByRole('link', { name: '전체 응답 코드' }).click();
  await expect(page).toHaveURL('/ko/#codes');
});

test('a code page links its commands, and a command page lists the replies it can get', async ({ page }) => {
  await page.goto('/en/227/');
  await page.locator('#commands + ul').getByRole('link', { name: 'PASV' }).click();
  await expect(page).toHaveURL('/en/commands/PASV/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('PASV');
  await expect(page.locator('main').getByRole('link', { name: /^227 / })).toHaveAttribute('href', '/en/227/');
  await expect(page.locator('main').getByRole('link', { name: /^502 / })).toBeVisible();
});

test('the root page is a real page linking both languages', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
  await expect(page.getByRole('link', { name: '한국어' })).toHaveAttribute('href', '/ko/');
});

test('pages are readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ko/425/');
  await expect(page.locator('h2#causes')).toBeVisible();
  await page.goto('/en/425-vs-220/');
  await expect(page).toHaveURL('/en/220-vs-425/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('FTP 220 vs 425');
  await context.close();
});
