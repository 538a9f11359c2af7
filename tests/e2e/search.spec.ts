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

test('Korean words people use find the same pages as the words the pages use', async ({ page }) => {
  await page.goto('/ko/');
  for (const [said, written] of <[string, string][]>[
    ['로그인 안 됨', '로그인 실패'],
    ['FTP 접속 에러', 'FTP 연결 오류'],
    ['데이터 연결 안됨', '데이터 연결 실패'],
  ]) {
    const first = await firstResult(page, written);
    await page.getByRole('combobox').fill('');
    expect(await firstResult(page, said), `${said} / ${written}`).toBe(first);
    await page.getByRole('combobox').fill('');
  }
  expect(await firstResult(page, '로그인 안 됨')).toBe('/ko/530/');
});

test('addresses, ports and PASV numbers do not turn a reply into a comparison', async ({ page }) => {
  await page.goto('/en/');
  for (const q of ['227 Entering Passive Mode (192,168,1,20,195,80).', '421 Too many connections from 10.0.0.5:2121', '229 Entering Extended Passive Mode (|||50123|)']) {
    await page.getByRole('combobox').fill(q);
    await expect(page.getByRole('option').first()).toBeVisible();
    const urls = await page.getByRole('option').evaluateAll((els) => els.map((e) => e.getAttribute('data-url')));
    expect(urls[0], q).toBe(`/en/${q.slice(0, 3)}/`);
    expect(urls.filter((u) => u!.includes('-vs-')), q).toEqual([]);
  }
});

test('Enter right after pasting a new query opens that query’s result, not the one still listed', async ({ page }) => {
  await page.goto('/en/');
  const box = page.getByRole('combobox');
  await box.fill('Login incorrect');
  await expect(page.getByRole('option').first()).toHaveAttribute('data-url', '/en/530/');
  // Paste over it and press Enter at once, well inside the typing pause.
  await box.fill('425 Failed to establish connection.');
  await box.press('Enter');
  await expect(page).toHaveURL('/en/425/');
});
