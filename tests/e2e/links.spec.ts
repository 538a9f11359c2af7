// Links from tools and error messages: short links by browser language, the reply lookup, the session explainer.
import { expect, test } from '@playwright/test';

test.describe('a Korean browser', () => {
  test.use({ locale: 'ko-KR' });
  test('/425 leads to the Korean page', async ({ page }) => {
    await page.goto('/425');
    await expect(page).toHaveURL('/ko/425/');
  });
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });
  test('/425 leads to the English page and keeps the section', async ({ page }) => {
    await page.goto('/425#fix-server');
    await expect(page).toHaveURL('/en/425/#fix-server');
  });
});

test.describe('another language', () => {
  test.use({ locale: 'de-DE' });
  test('falls back to English', async ({ page }) => {
    await page.goto('/530/');
    await expect(page).toHaveURL('/en/530/');
  });
});

test('without JavaScript a short link offers both languages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/425/');
  await expect(page.getByRole('link', { name: /^한국어: 425/ })).toHaveAttribute('href', '/ko/425/');
  await expect(page.getByRole('link', { name: /^English: 425/ })).toHaveAttribute('href', '/en/425/');
  await context.close();
});

const LOOKUPS: [string, string][] = [
  ['425 Failed to establish connection.', '425'],
  ['230-Welcome to the server\n230-Be nice.\n230 Login successful.', '230'],
  ['Response: 530 Login incorrect.', '530'],
  ['< 550 Permission denied', '550'],
  ['Error: Socket Error # 10060', '10060'],
  ['10061', '10061'],
  ['Error: connect ECONNREFUSED 127.0.0.1:21', '10061'],
  ['Error: read ECONNRESET', '10054'],
];

for (const locale of ['en', 'ko'] as const) {
  for (const [input, code] of LOOKUPS) {
    test(`/${locale}/ lookup: ${JSON.stringify(input).slice(0, 40)} → ${code}`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      await page.locator('#lookup-input').fill(input);
      await page.locator('form[data-lookup] button').click();
      // A text the site knows is named first, with its code page as the first link; any other reply goes straight there.
      const named = page.locator('[data-lookup-result] a').first();
      await expect(async () => expect(page.url().endsWith(`/${locale}/${code}/`) || (await named.count()) > 0).toBe(true)).toPass();
      if (!page.url().endsWith(`/${locale}/${code}/`)) await named.click();
      await expect(page).toHaveURL(`/${locale}/${code}/`);
    });
  }
}

test('the lookup names a client message that carries no code, and links its entry', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('#lookup-input').fill('Error:\tCritical error: Could not connect to server');
  await page.locator('form[data-lookup] button').click();
  const result = page.locator('[data-lookup-result]');
  await expect(result.locator('strong')).toHaveText('FileZilla');
  await expect(result.getByRole('link')).toHaveAttribute('href', /^\/en\/clients\/filezilla\/#/);
});

test('the lookup sends text it cannot place to the search', async ({ page }) => {
  await page.goto('/ko/');
  await page.locator('#lookup-input').fill('데이터 연결 에러');
  await page.locator('form[data-lookup] button').click();
  await expect(page).toHaveURL(/\/ko\/search\/\?q=/);
  await expect(page.locator('[data-search-results] ol li').first()).toBeVisible();
});

test('the lookup treats input as text, never as HTML', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('#lookup-input').fill('599 <img src=x onerror="document.title=\'pwned\'">');
  await page.locator('form[data-lookup] button').click();
  await expect(page.locator('form[data-lookup] [role="status"]')).toContainText('599');
  expect(await page.locator('form[data-lookup] img').count()).toBe(0);
  await expect(page).not.toHaveTitle('pwned');
});

test('without JavaScript the lookup leads to the list of codes', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/');
  await page.locator('#lookup-input').fill('425 Failed');
  await page.locator('form[data-lookup] button').click();
  await expect(page).toHaveURL(/\/en\/\?reply=.*#codes$/);
  await context.close();
});

test('the session explainer lists every reply of a pasted log', async ({ page }) => {
  await page.goto('/en/explain/');
  await page.locator('#explain-input').fill('Response: 220 (vsFTPd 3.0.5)\nCommand: USER bob\nResponse: 331 Please specify the password.\nResponse: 530 Login incorrect.\n<b>hi</b>');
  await page.getByRole('button', { name: 'Explain' }).click();
  const rows = page.locator('[data-explain-output] tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2).getByRole('link')).toHaveAttribute('href', '/en/530/');
  expect(await page.locator('[data-explain-output] b').count()).toBe(0);
});

test('the compare picker goes to the canonical comparison', async ({ page }) => {
  await page.goto('/en/compare/');
  await page.getByLabel('First code').selectOption('530');
  await page.getByLabel('Second code').selectOption('425');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL('/en/425-vs-530/');
});
