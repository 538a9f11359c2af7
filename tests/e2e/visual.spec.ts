// Visual comparisons of the page types readers land on, in both locales, light and dark, on a phone and a desktop.
// Reference screenshots live in visual.spec.ts-snapshots/ (update them with `npx playwright test visual --update-snapshots`
// after a deliberate change, and look at every changed PNG before committing it).
import { expect, test } from '@playwright/test';

const PAGES = [
  { name: 'home', path: (l: string) => `/${l}/` },
  { name: 'code', path: (l: string) => `/${l}/425/` },
  { name: 'compare', path: (l: string) => `/${l}/220-vs-425/` },
  { name: 'symptom', path: (l: string) => `/${l}/troubleshoot/cannot-connect/` },
];
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${scheme}, ${viewport.name}`, () => {
      test.use({ colorScheme: scheme, viewport: { width: viewport.width, height: viewport.height } });
      for (const { name, path } of PAGES) {
        for (const locale of ['en', 'ko']) {
          test(`${name} page, ${locale}`, async ({ page }) => {
            await page.goto(path(locale));
            await page.evaluate(() => document.fonts.ready);
            // The first screen is what the reading-experience issue is about; a full page would also fail on
            // every content edit far below it.
            await expect(page).toHaveScreenshot(`${name}-${locale}-${scheme}-${viewport.name}.png`, {
              animations: 'disabled',
              caret: 'hide',
              // Pins the fonts to the packages the test tools install (fonts-dejavu-core, fonts-noto-cjk), so a
              // machine with more fonts installed renders the same pixels.
              stylePath: 'tests/e2e/visual-fonts.css',
              maxDiffPixelRatio: 0.01,
            });
          });
        }
      }
    });
  }
}
