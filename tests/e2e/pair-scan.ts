// Measures how much of each comparison page is about its pair: every sentence of the article with the two codes
// and their titles masked, counted across all comparison pages of the locale. Used by sweep-pairs.spec.ts.
import { readFileSync } from 'node:fs';
import type { HTMLElement } from 'node-html-parser';

/** A sentence recurring on this many other pages (masked) is boilerplate, as the issue measured it. */
export const BOILERPLATE_PAGES = 20;

/** A code's title in one locale, from its prose file. */
export function titleOf(code: string, locale: string): string {
  const src = readFileSync(`src/content/prose/${locale}/${code}.mdx`, 'utf8');
  const m = src.match(/^title:\s*(.+)$/m);
  if (!m) throw new Error(`no title in src/content/prose/${locale}/${code}.mdx`);
  return m[1]!.trim().replace(/^"(.*)"$/, '$1').replace(/\\"/g, '"');
}

/** The article's reading text as sentences: paragraphs and list items, without transcripts or the data table. */
export function sentencesOf(root: HTMLElement): string[] {
  const article = root.querySelector('main article')!.clone() as HTMLElement;
  // Link lists (.fix-links) are navigation, not sentences.
  for (const el of article.querySelectorAll('pre, table, figure, h1, h2, h3, nav, .fix-links')) el.remove();
  return article
    .querySelectorAll('p, li')
    .filter((el) => !el.querySelector('p, li'))
    // A block of nothing but links (and separators) is navigation too.
    .filter((el) => {
      const bare = el.clone() as HTMLElement;
      for (const a of bare.querySelectorAll('a')) a.remove();
      return /[\p{L}\p{N}]/u.test(bare.text);
    })
    .flatMap((el) => el.text.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s+(?=\S)/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Masks the pair's codes and titles, so sentences about other pairs of the same kind compare equal. */
export function mask(sentence: string, codes: [string, string], titles: string[]): string {
  let out = sentence;
  for (const title of [...titles].sort((x, y) => y.length - x.length)) out = out.split(title).join('⟨T⟩');
  for (const code of codes) out = out.replace(new RegExp(`(?<!\\d)${escape(code)}(?!\\d)`, 'g'), '⟨C⟩');
  // A Korean particle agrees with the code before it; masked, "⟨C⟩은" and "⟨C⟩는" say the same thing.
  return out.replace(/⟨C⟩(?:으로|은|는|이|가|을|를|과|와|로)(?![가-힣])/g, '⟨C⟩');
}

export interface ScanPage {
  path: string;
  sentences: string[];
}

export interface ScanResult {
  pages: number;
  sentences: number;
  /** Share of sentences whose masked form is on no other page. */
  uniqueShare: number;
  /** Share of sentences whose masked form recurs on fewer than BOILERPLATE_PAGES other pages. */
  pairSpecificShare: number;
  /** Median over pages of the share of pair-specific sentences. */
  medianPageShare: number;
  /** Pages whose whole masked text equals another page's. */
  identicalPages: string[];
  /** Pages without a single pair-specific sentence. */
  genericPages: string[];
}

/** Counts, for masked pages of one locale, how often each sentence recurs and which pages are identical. */
export function scan(pages: ScanPage[]): ScanResult {
  const pagesWith = new Map<string, number>();
  for (const p of pages) for (const s of new Set(p.sentences)) pagesWith.set(s, (pagesWith.get(s) ?? 0) + 1);
  let total = 0;
  let unique = 0;
  let specific = 0;
  const shares: number[] = [];
  const genericPages: string[] = [];
  for (const p of pages) {
    let pageSpecific = 0;
    for (const s of p.sentences) {
      const others = pagesWith.get(s)! - 1;
      total++;
      if (others === 0) unique++;
      if (others < BOILERPLATE_PAGES) {
        specific++;
        pageSpecific++;
      }
    }
    shares.push(p.sentences.length ? pageSpecific / p.sentences.length : 0);
    if (pageSpecific === 0) genericPages.push(p.path);
  }
  shares.sort((x, y) => x - y);
  const byText = new Map<string, string[]>();
  for (const p of pages) {
    const key = p.sentences.join('\n');
    byText.set(key, [...(byText.get(key) ?? []), p.path]);
  }
  const identicalPages = [...byText.values()].filter((l) => l.length > 1).flat();
  return {
    pages: pages.length,
    sentences: total,
    uniqueShare: unique / total,
    pairSpecificShare: specific / total,
    medianPageShare: shares[Math.floor(shares.length / 2)] ?? 0,
    identicalPages,
    genericPages,
  };
}
