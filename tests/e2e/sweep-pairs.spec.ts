// Every comparison page must say something about its pair: with the two codes and their titles masked, no two
// pages may read the same, and most sentences must not recur on many other pages. Reads dist/ without a browser.
import { expect, test } from '@playwright/test';
import { allPages, isPairPath, page } from './site';
import { mask, scan, sentencesOf, titleOf, type ScanPage } from './pair-scan';
import { compareCodes } from '../../src/lib/codes';
import { sessionText } from '../../src/lib/compare-pair';

for (const locale of ['en', 'ko']) {
  test(`comparison pages in ${locale} are about their pair`, () => {
    test.setTimeout(600_000);
    const titles = new Map<string, string>();
    const title = (code: string) => titles.get(code) ?? titles.set(code, titleOf(code, locale)).get(code)!;
    // The short labels of the page titles are titles too: masked like them.
    const label = (code: string) => sessionText(locale as 'en' | 'ko').label[code]!;
    const pages: ScanPage[] = allPages()
      .filter((p) => isPairPath(p) && p.startsWith(`/${locale}/`))
      .map((p) => p.split('/')[2]!.split('-vs-') as [string, string])
      .filter(([a, b]) => compareCodes(a, b) < 0)
      .map((codes) => {
        const path = `/${locale}/${codes[0]}-vs-${codes[1]}/`;
        return { path, sentences: sentencesOf(page(path)).map((s) => mask(s, codes, [...codes.map(title), ...codes.map(label)])) };
      });
    const r = scan(pages);
    console.log(
      `${locale}: ${r.pages} pages, ${r.sentences} sentences; pair-specific ${(100 * r.pairSpecificShare).toFixed(1)}% ` +
        `(median page ${(100 * r.medianPageShare).toFixed(1)}%), on no other page ${(100 * r.uniqueShare).toFixed(1)}%, ` +
        `pages identical to another ${r.identicalPages.length}, pages without a pair-specific sentence ${r.genericPages.length}`,
    );
    expect(r.identicalPages.slice(0, 10)).toEqual([]);
    expect(r.genericPages.slice(0, 10)).toEqual([]);
    // Most sentences are about the pair, across the locale and on the typical page.
    expect(r.pairSpecificShare).toBeGreaterThan(0.75);
    expect(r.medianPageShare).toBeGreaterThan(0.5);
  });
}
