// Reads every built page (both locales; comparison pages once per pair) for what a reader would see as a defect:
// doubled words, empty sections, Markdown that did not render (*, **, _, `), quotation marks that do not pair,
// and on Korean pages English sentences and particles that do not agree with the word before them.
// Text checks read the HTML files directly: no browser needed.
import { expect, test } from '@playwright/test';
import type { HTMLElement } from 'node-html-parser';
import { allPages, isPairPath, page } from './site';
import { doubledWords, englishRuns, markupLeftovers, particleMistakes, quoteProblems, readingBlocks, withoutCode } from '../../src/lib/prose-check';
import { codeText, configProblems, isConfigLanguage, looksLikeConfig } from '../../src/lib/server-config';
import { compareCodes } from '../../src/lib/codes';

function emptySections(root: HTMLElement): string[] {
  return root
    .querySelectorAll('main section')
    .filter((s) => s.childNodes.filter((n) => !(n as HTMLElement).tagName?.match(/^H[1-6]$/)).every((n) => !n.text.trim()))
    .map((s) => s.getAttribute('aria-labelledby') ?? '?');
}

/** Every defect of one page, each naming the page. */
function proseDefects(path: string): string[] {
  const root = page(path);
  const korean = path.startsWith('/ko/');
  const out: string[] = [];
  for (const block of readingBlocks(root, korean ? 'ko' : 'en')) {
    const text = withoutCode(block);
    for (const d of doubledWords(text)) out.push(`${path}: doubled "${d}" in "${text.slice(0, 80)}"`);
    for (const d of markupLeftovers(block)) out.push(`${path}: ${d}`);
    for (const d of quoteProblems(block)) out.push(`${path}: ${d}`);
    if (korean) {
      for (const e of englishRuns(text)) out.push(`${path}: English in Korean page "${e}"`);
      for (const d of particleMistakes(block)) out.push(`${path}: particle: ${d}`);
    }
  }
  for (const s of emptySections(root)) out.push(`${path}: empty section ${s}`);
  return out;
}

const pages = allPages();
const canonicalPairs = pages.filter((p) => {
  if (!isPairPath(p)) return false;
  const [a, b] = p.split('/')[2]!.split('-vs-');
  return compareCodes(a!, b!) < 0;
});
const codePages = pages.filter((p) => /^\/(en|ko)\/\d+\/$/.test(p));
// Home, classes, commands, compare, explain, search, tools: every page that is neither a code nor a comparison.
const otherPages = pages.filter((p) => /^\/(en|ko)\//.test(p) && !isPairPath(p) && !codePages.includes(p));

for (const [name, list] of [
  ['code', codePages],
  ['comparison', canonicalPairs],
  ['other', otherPages],
] as const) {
  test(`every ${name} page reads cleanly (${list.length} pages)`, () => {
    test.setTimeout(600_000);
    const defects: string[] = [];
    for (const path of list) {
      defects.push(...proseDefects(path));
      if (defects.length > 40) break;
    }
    expect(defects).toEqual([]);
  });
}

test('every configuration block parses by its server’s rules', () => {
  const defects: string[] = [];
  const checked: Record<string, number> = {};
  for (const path of pages) {
    if (isPairPath(path)) continue;
    for (const pre of page(path).querySelectorAll('main pre')) {
      const language = pre.getAttribute('data-language');
      const text = codeText(pre);
      if (isConfigLanguage(language)) {
        checked[language] = (checked[language] ?? 0) + 1;
        for (const p of configProblems(language, text)) defects.push(`${path} (${language}): ${p}`);
      } else {
        const looks = looksLikeConfig(text);
        if (looks) defects.push(`${path}: a ${looks} configuration block without its server in the fence (\`\`\`${looks})`);
      }
    }
  }
  test.info().annotations.push({ type: 'blocks checked', description: JSON.stringify(checked) });
  expect(Object.values(checked).reduce((a, b) => a + b, 0), 'no configuration block found: are they still labelled?').toBeGreaterThan(20);
  expect(defects).toEqual([]);
});
