// Search in the header: the queries people type give the page they need first, in each locale.
import { expect, test, type Page } from '@playwright/test';

async function firstResult(page: Page, query: string): Promise<string> {
  const box = page.getByRole('combobox');
  await box.fill(query);
  const first = page.getByRole('option').first();
  await expect(first).toBeVisible();
  return (await first.getAttribute('data-url'))!;
}

const QUERIES: [locale: 'en' | 'ko', query: string, expected: RegExp][] = [
  ['en', '425', /^\/en\/425\/$/],
  ['en', '10060', /^\/en\/10060\/$/],
  ['en', "Can't open data connection", /^\/en\/425\/$/],
  ['en', 'Failed to establish connection', /^\/en\/425\/$/],
  ['en', 'Login incorrect', /^\/en\/530\/$/],
  ['en', 'Permission denied', /^\/en\/550\/$/],
  ['en', 'Could not create file', /^\/en\/553\/$/],
  ['en', '425 426', /^\/en\/425-vs-426\/$/],
  ['ko', '425', /^\/ko\/425\/$/],
  ['ko', '10060', /^\/ko\/10060\/$/],
  ['ko', 'Login incorrect', /^\/ko\/530\/$/],
  ['ko', '패시브', /^\/ko\/(227|228|229|425)\/$/],
  ['ko', '로그인 실패', /^\/ko\/530\/$/],
  ['ko', '데이터 연결', /^\/ko\/(425|426|125|150)\/$/],
  ['ko', '425 426', /^\/ko\/425-vs-426\/$/],
  ['ko', '권한 없음', /^\/ko\/550\/$/],
  ['ko', '연결 시간 초과', /^\/ko\/10060\/$/],
  ['en', 'Connection refused', /^\/en\/10061\/$/],
];

for (const [locale, query, expected] of QUERIES) {
  test(`/${locale}/ search "${query}" puts ${expected.source} first`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    expect(await firstResult(page, query)).toMatch(expected);
  });
}

test('a bare code shows code pages, not a list of comparisons', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('combobox').fill('425');
  // The code page shows at once; the index adds more pages after it.
  await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(1);
  const urls = await page.getByRole('option').evaluateAll((els) => els.map((e) => e.getAttribute('data-url')));
  expect(urls.filter((u) => u!.includes('-vs-'))).toEqual([]);
});

test('the keyboard drives the search: / focuses, arrows pick, Enter opens', async ({ page }) => {
  await page.goto('/en/530/');
  await page.locator('body').press('/');
  await expect(page.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('425');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/en/425/');
});

test('Pagefind loads only when the reader starts to search', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) loaded.push(r.url());
  });
  await page.goto('/en/425/');
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
  await page.getByRole('combobox').fill('530');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(loaded.some((u) => u.endsWith('pagefind.js'))).toBe(true);
});

test('the search box treats the query as text', async ({ page }) => {
  await page.goto('/en/');
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.getByRole('combobox').fill('<qqqzzz>');
  await expect(page.locator('.search-status')).toContainText('<qqqzzz>');
  await page.getByRole('combobox').fill('<img src=x onerror=alert(1)>');
  await page.waitForTimeout(500);
  expect(await page.locator('.search img').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('the search page shows results for ?q=', async ({ page }) => {
  await page.goto('/ko/search/?q=530');
  await expect(page.locator('[data-search-results] ol li').first()).toBeVisible();
  await expect(page.locator('[data-search-results] ol li a').first()).toHaveAttribute('href', '/ko/530/');
});
