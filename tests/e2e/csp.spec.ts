// Every page type under the site's Content-Security-Policy: no violation, no console error, no request off the site.
import { expect, test, type Page } from '@playwright/test';

const PAGES = [
  '/',
  '/en/',
  '/ko/',
  '/en/425/',
  '/ko/10060/',
  '/en/220-vs-425/',
  '/ko/421-vs-530/',
  '/en/4xx/',
  '/ko/commands/PASV/',
  '/en/commands/',
  '/en/compare/',
  '/ko/explain/',
  '/en/search/?q=login',
  '/ko/tools/',
  '/en/troubleshoot/',
  '/ko/troubleshoot/listing-fails/',
  '/en/guides/active-passive/',
  '/ko/guides/ftps/',
  '/en/no-such-page/',
  '/ko/42/',
  '/999',
  // A short link: its inline language choice runs under the page's own hash (src/integrations/csp-hashes.ts).
  '/425',
];

/** Watches a page: CSP violations (reported by the browser as events), console errors, off-site requests. */
async function watch(page: Page, baseURL: string) {
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    // A 404 page is expected to answer 404; the browser logs that status as a console error.
    if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`off-site request: ${url}`);
  });
  return problems;
}

for (const path of PAGES) {
  test(`${path} runs under the CSP with no error and no off-site request`, async ({ page, baseURL }) => {
    const problems = await watch(page, baseURL!);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test('search works under the CSP (Pagefind and its WebAssembly)', async ({ page, baseURL }) => {
  const problems = await watch(page, baseURL!);
  await page.goto('/en/425/');
  await page.getByRole('combobox').fill('Login incorrect');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('the 404 page suggests the codes that start with a partial number, in the address\'s language', async ({ page }) => {
  // The preview server answers every unknown address with the 404 page outside the locales.
  await page.goto('/ko/42/');
  const links = page.getByRole('list', { name: 'Pages you may have meant' }).getByRole('link');
  await expect(links.first()).toHaveAttribute('href', '/ko/421/');
  expect(await links.count()).toBeGreaterThan(2);
});
