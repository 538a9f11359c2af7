// Weight budget: a first visit to a code page or a comparison page downloads at most 14 KB compressed in all
// (HTML, CSS, JavaScript, fonts, icons), so it arrives in the first round trips even on a slow phone connection.
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const BUDGET = 14 * 1024;
const PAGES = ['/en/425/', '/ko/425/', '/en/550/', '/ko/10060/', '/en/220-vs-425/', '/ko/421-vs-530/'];

for (const path of PAGES) {
  test(`first visit to ${path} stays within 14 KB compressed`, async ({ page }) => {
    const sizes: { url: string; bytes: number }[] = [];
    page.on('response', async (r) => {
      const body = await r.body().catch(() => undefined);
      // The preview server does not compress; measure what a host with gzip (as configured for nginx) sends.
      if (body) sizes.push({ url: new URL(r.url()).pathname, bytes: gzipSync(body, { level: 6 }).length });
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const total = sizes.reduce((n, s) => n + s.bytes, 0);
    test.info().annotations.push({ type: 'weight', description: `${path}: ${total} bytes (${sizes.map((s) => `${s.url} ${s.bytes}`).join(', ')})` });
    expect(total, sizes.map((s) => `${s.url}: ${s.bytes}`).join('\n')).toBeLessThanOrEqual(BUDGET);
  });
}
