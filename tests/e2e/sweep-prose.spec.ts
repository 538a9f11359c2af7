// Scans every built comparison, code and software page, both locales, for prose defects:
// doubled words, English sentences on Korean pages, empty sections.
import { expect, test } from '@playwright/test';
import type { HTMLElement } from 'node-html-parser';
import { allPages, isPairPath, page } from './site';
import { doubledWords, englishRuns } from '../../src/lib/prose-check';
import { compareCodes } from '../../src/lib/codes';

/**
 * The reading text of <main>, one block (paragraph, list item, heading) per entry: without code, reply texts,
 * log excerpts, data tables, or parts marked as another language. Blocks are checked one by one, so a heading
 * followed by a sentence that starts with the same word is not taken for a doubled word.
 */
function proseBlocks(root: HTMLElement): string[] {
  const main = root.querySelector('main')!.clone() as HTMLElement;
  // Verbatim parts become a mark rather than nothing, so the words around them do not run together.
  for (const el of main.querySelectorAll('code, pre, kbd, samp, table, [lang]:not([lang="ko"]), [translate="no"], em')) el.replaceWith(' ▪ ');
  return main.structuredText.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
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
const softwarePages = allPages().filter((p) => /^\/(en|ko)\/(servers|clients)\//.test(p));

for (const [name, pages] of [
  ['comparison', canonicalPairs],
  ['code', codePages],
  ['software', softwarePages],
] as const) {
  test(`every ${name} page reads cleanly (${pages.length} pages)`, () => {
    test.setTimeout(600_000);
    const defects: string[] = [];
    for (const path of pages) {
      const root = page(path);
      for (const block of proseBlocks(root)) {
        for (const d of doubledWords(block)) defects.push(`${path}: doubled "${d}" in "${block.slice(0, 80)}"`);
        if (path.startsWith('/ko/')) for (const e of englishRuns(block)) defects.push(`${path}: English in Korean page "${e}"`);
      }
      for (const s of emptySections(root)) defects.push(`${path}: empty section ${s}`);
      if (defects.length > 30) break;
    }
    expect(defects).toEqual([]);
  });
}
