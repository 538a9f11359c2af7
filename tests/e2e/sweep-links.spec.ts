// Whole-site sweeps over dist/: no broken internal link or #anchor, reciprocal hreflang, sitemap contents.
import { expect, test } from '@playwright/test';
import { allPages, fileFor, isPairPath, page, sitemapPaths, siteCodes } from './site';
import { compareCodes } from '../../src/lib/codes';

test('every internal link and #anchor resolves', () => {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    let set = ids.get(path);
    if (!set) {
      set = new Set(page(path).querySelectorAll('[id]').map((e) => e.id));
      ids.set(path, set);
    }
    return set;
  };
  for (const from of allPages()) {
    for (const a of page(from).querySelectorAll('a[href], link[rel="stylesheet"][href]')) {
      const href = a.getAttribute('href')!;
      if (/^(https?:|mailto:)/.test(href)) continue;
      const url = new URL(href, `http://x${from}`);
      const target = url.pathname;
      if (!fileFor(target)) {
        broken.push(`${from} → ${href}`);
        continue;
      }
      const frag = decodeURIComponent(url.hash.slice(1));
      if (frag && target.endsWith('/') && !idsOf(target).has(frag)) broken.push(`${from} → ${href} (no #${frag})`);
    }
  }
  expect(broken.slice(0, 20)).toEqual([]);
});

test('hreflang alternates are reciprocal and point at real pages', () => {
  const problems: string[] = [];
  for (const path of sitemapPaths()) {
    const alts = page(path).querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname] as const);
    const langs = alts.map(([l]) => l).sort();
    if (langs.join() !== 'en,ko,x-default') problems.push(`${path}: hreflang ${langs.join()}`);
    for (const [lang, target] of alts) {
      if (!fileFor(target)) {
        problems.push(`${path}: ${lang} → missing ${target}`);
        continue;
      }
      if (lang === 'x-default') continue;
      const back = page(target).querySelectorAll('link[rel="alternate"][hreflang]').map((l) => new URL(l.getAttribute('href')!).pathname);
      if (!back.includes(path)) problems.push(`${target} does not point back at ${path}`);
    }
  }
  expect(problems.slice(0, 20)).toEqual([]);
});

test('the sitemap lists canonical pages only, each once', () => {
  const paths = sitemapPaths();
  expect(new Set(paths).size).toBe(paths.length);
  const reversed = paths.filter((p) => {
    const m = p.match(/\/(\d+)-vs-(\d+)\/$/);
    return m && compareCodes(m[1]!, m[2]!) > 0;
  });
  expect(reversed).toEqual([]);
  expect(paths.filter((p) => /^\/\d+\/$/.test(p))).toEqual([]);
  for (const p of ['/', '/en/', '/ko/', '/en/425/', '/ko/425/']) expect(paths).toContain(p);
});

test('there is one comparison page per pair of codes, per locale, and every reversed address forwards', () => {
  const n = siteCodes().length;
  const pages = allPages().filter(isPairPath);
  for (const locale of ['en', 'ko']) {
    const canonical = pages.filter((p) => p.startsWith(`/${locale}/`) && compareCodes(p.split('/')[2]!.split('-vs-')[0]!, p.split('/')[2]!.split('-vs-')[1]!) < 0);
    const reversed = pages.filter((p) => p.startsWith(`/${locale}/`)).length - canonical.length;
    expect(canonical.length).toBe((n * (n - 1)) / 2);
    expect(reversed).toBe((n * (n - 1)) / 2);
  }
});

test('every canonical page has its own title and description', () => {
  const seen = new Map<string, string>();
  const dupes: string[] = [];
  for (const path of sitemapPaths()) {
    const root = page(path);
    for (const key of ['title', 'description']) {
      const value = key === 'title' ? root.querySelector('title')!.text : root.querySelector('meta[name="description"]')!.getAttribute('content')!;
      const other = seen.get(`${key}:${value}`);
      if (other) dupes.push(`${path} and ${other} share the ${key} "${value}"`);
      else seen.set(`${key}:${value}`, path);
    }
  }
  expect(dupes.slice(0, 10)).toEqual([]);
});
