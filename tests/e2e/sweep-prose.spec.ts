// Scans every built comparison and code page, both locales, for prose defects:
// doubled words, English sentences on Korean pages, empty sections.
import { expect, test } from '@playwright/test';
import type { HTMLElement } from 'node-html-parser';
import { allPages, isPairPath, page } from './site';
import { doubledWords, englishRuns } from '../../src/lib/prose-check';
import { compareCodes } from '../../src/lib/codes';

/** Reading text of <main>, without code, reply texts, log excerpts or parts marked as another language. */
function proseOf(root: HTMLElement): string {
  const main = root.querySelector('main')!.clone() as HTMLElement;
  for (const el of main.querySelectorAll('code, pre, kbd, samp, [lang]:not([lang="ko"]), [translate="no"], em')) el.remove();
  return main.structuredText.replace(/\s+/g, ' ');
}

function emptySections(root: HTMLElement): string[] {
  return root
    .querySelectorAll('main section')
    .filter((s) => s.childNodes.filter((n) => !(n as HTMLElement).tagName?.match(/^H[1-6]$/)).every((n) => !n.text.trim()))
    .map((s) => s.getAttribute('aria-labelledby') ?? '?');
}

const canonicalPairs = allPages().filter((p) => {
  if (!isPairPath(p)) return false;
  const [a, b] = p.split('/')[2]!.split('-vs-');
  return compareCodes(a!, b!) < 0;
});
const codePages = allPages().filter((p) => /^\/(en|ko)\/\d+\/$/.test(p));

for (const [name, pages] of [
  ['comparison', canonicalPairs],
  ['code', codePages],
] as const) {
  test(`every ${name} page reads cleanly (${pages.length} pages)`, () => {
    test.setTimeout(600_000);
    const defects: string[] = [];
    for (const path of pages) {
      const root = page(path);
      const text = proseOf(root);
      for (const d of doubledWords(text)) defects.push(`${path}: doubled "${d}"`);
      if (path.startsWith('/ko/')) for (const e of englishRuns(text)) defects.push(`${path}: English in Korean page "${e}"`);
      for (const s of emptySections(root)) defects.push(`${path}: empty section ${s}`);
      if (defects.length > 30) break;
    }
    expect(defects).toEqual([]);
  });
}
