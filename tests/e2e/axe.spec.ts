// axe-core on every page type, both locales, light and dark.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = ['/', '/en/', '/ko/', '/en/425/', '/ko/425/', '/en/220-vs-425/', '/ko/220-vs-425/', '/en/4xx/', '/ko/5xx/', '/en/compare/', '/ko/compare/', '/en/explain/', '/ko/explain/', '/en/search/?q=425', '/ko/tools/', '/en/tools/', '/en/commands/', '/ko/commands/PASV/', '/en/servers/', '/ko/clients/', '/en/servers/vsftpd/', '/ko/servers/vsftpd/', '/no-such-page/'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const path of PAGES) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test('an open search result list has no axe violations', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('combobox').fill('425');
  await expect(page.getByRole('option').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
