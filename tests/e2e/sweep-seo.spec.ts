// Whole-site sweeps for search engines and sharing, over dist/ without a browser: the sitemap lists every canonical
// page exactly once, titles and descriptions fit a result snippet, and every page's JSON-LD is valid schema.org.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { allPages, fileFor, sitemapPaths } from './site';
import { USED_TYPES } from '../../src/lib/structured-data';

const html = (path: string) => readFileSync(fileFor(path)!, 'utf8');
const attr = (source: string, re: RegExp) => source.match(re)?.[1];
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Pages a search engine should index: not forwarding, not noindex. */
function canonicalPages(): string[] {
  return allPages().filter((p) => !/<meta name="robots" content="noindex"/.test(html(p)));
}

test('the sitemap lists every canonical page exactly once, and nothing else', () => {
  const listed = sitemapPaths();
  const dupes = listed.filter((p, i) => listed.indexOf(p) !== i);
  expect(dupes).toEqual([]);
  const pages = canonicalPages();
  const inSitemap = new Set(listed);
  expect(pages.filter((p) => !inSitemap.has(p)).slice(0, 10)).toEqual([]);
  const canonical = new Set(pages);
  expect(listed.filter((p) => !canonical.has(p)).slice(0, 10)).toEqual([]);
  // The reply code 500 is a page like any other (the sitemap integration drops "500" pages by default).
  expect(inSitemap.has('/en/500/') && inSitemap.has('/ko/500/')).toBe(true);
});

test('titles are at most 60 characters and descriptions 50 to 160, in both languages', () => {
  const bad: string[] = [];
  for (const p of sitemapPaths()) {
    const source = html(p);
    const title = decode(attr(source, /<title>([^<]*)<\/title>/) ?? '');
    const description = decode(attr(source, /<meta name="description" content="([^"]*)"/) ?? '');
    if ([...title].length > 60) bad.push(`${p}: title ${[...title].length}: ${title}`);
    const n = [...description].length;
    if (n < 50 || n > 160) bad.push(`${p}: description ${n}: ${description}`);
  }
  expect(bad.slice(0, 15)).toEqual([]);
  expect(bad.length).toBe(0);
});

// The properties schema.org defines for each type this site uses (from schema.org's type pages, inherited
// properties included), so a misspelt or misplaced property fails here even where TypeScript could not see it.
const THING = ['@type', '@id', 'name', 'url', 'description', 'image', 'sameAs', 'identifier', 'alternateName'];
const CREATIVE_WORK = [...THING, 'inLanguage', 'isPartOf', 'about', 'headline', 'author', 'publisher', 'datePublished', 'dateModified', 'mainEntity'];
const PROPERTIES: Record<(typeof USED_TYPES)[number], string[]> = {
  WebSite: [...CREATIVE_WORK, 'potentialAction'],
  WebPage: [...CREATIVE_WORK, 'breadcrumb', 'primaryImageOfPage', 'lastReviewed'],
  TechArticle: [...CREATIVE_WORK, 'articleBody', 'articleSection', 'dependencies', 'proficiencyLevel'],
  BreadcrumbList: [...THING, 'itemListElement', 'numberOfItems', 'itemListOrder'],
  ListItem: [...THING, 'position', 'item', 'nextItem', 'previousItem'],
  DefinedTerm: [...THING, 'termCode', 'inDefinedTermSet'],
  DefinedTermSet: [...CREATIVE_WORK, 'hasDefinedTerm'],
  FAQPage: [...CREATIVE_WORK, 'breadcrumb'],
  Question: [...CREATIVE_WORK, 'acceptedAnswer', 'suggestedAnswer', 'answerCount'],
  Answer: [...CREATIVE_WORK, 'text', 'parentItem'],
};
/** Properties without which the rich result is not shown (Google's requirements for these types). */
const REQUIRED: Partial<Record<(typeof USED_TYPES)[number], string[]>> = {
  WebPage: ['name', 'url', 'inLanguage', 'breadcrumb'],
  FAQPage: ['name', 'url', 'inLanguage', 'mainEntity'],
  TechArticle: ['headline', 'url', 'inLanguage', 'description'],
  ListItem: ['position', 'name', 'item'],
  Question: ['name', 'acceptedAnswer'],
  Answer: ['text'],
  DefinedTerm: ['name', 'termCode'],
};

function validate(node: unknown, where: string, problems: string[]): void {
  if (Array.isArray(node)) return node.forEach((n, i) => validate(n, `${where}[${i}]`, problems));
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  const type = obj['@type'] as (typeof USED_TYPES)[number] | undefined;
  if (type) {
    if (!PROPERTIES[type]) problems.push(`${where}: type ${type} is not one this site uses`);
    else {
      for (const key of Object.keys(obj)) if (!PROPERTIES[type].includes(key)) problems.push(`${where}: ${type} has no property "${key}"`);
      for (const key of REQUIRED[type] ?? []) if (obj[key] === undefined || obj[key] === '') problems.push(`${where}: ${type} needs "${key}"`);
    }
  }
  for (const [k, v] of Object.entries(obj)) if (k !== '@context') validate(v, `${where}.${k}`, problems);
}

test('every page has valid JSON-LD: known schema.org types and properties, a breadcrumb trail to real pages', () => {
  const problems: string[] = [];
  for (const p of sitemapPaths()) {
    const source = html(p);
    const blocks = [...source.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    if (blocks.length !== 1) {
      problems.push(`${p}: ${blocks.length} JSON-LD blocks`);
      continue;
    }
    let data: { '@context': string; '@graph': Record<string, unknown>[] };
    try {
      data = JSON.parse(blocks[0]![1]!);
    } catch (e) {
      problems.push(`${p}: ${(e as Error).message}`);
      continue;
    }
    if (data['@context'] !== 'https://schema.org') problems.push(`${p}: @context ${data['@context']}`);
    validate(data['@graph'], p, problems);
    const page = data['@graph'].find((n) => n['@type'] === 'WebPage' || n['@type'] === 'FAQPage');
    const lang = attr(source, /<html lang="([^"]+)"/);
    if (!page || page.inLanguage !== lang) problems.push(`${p}: page node missing or inLanguage ≠ ${lang}`);
    const crumbs = (data['@graph'].find((n) => n['@type'] === 'BreadcrumbList')?.itemListElement ?? []) as { position: number; item: string }[];
    crumbs.forEach((c, i) => {
      if (c.position !== i + 1) problems.push(`${p}: breadcrumb position ${c.position} at ${i}`);
      if (!fileFor(new URL(c.item).pathname)) problems.push(`${p}: breadcrumb to missing ${c.item}`);
    });
    if (crumbs.length && new URL(crumbs[crumbs.length - 1]!.item).pathname !== p) problems.push(`${p}: breadcrumb does not end at the page`);
    if (problems.length > 20) break;
  }
  expect(problems).toEqual([]);
});

test('share tags: every page has Open Graph and Twitter tags, and its image exists', () => {
  const problems: string[] = [];
  for (const p of sitemapPaths()) {
    const source = html(p);
    for (const tag of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type', 'og:locale'])
      if (!source.includes(`property="${tag}"`)) problems.push(`${p}: no ${tag}`);
    if (!source.includes('name="twitter:card" content="summary_large_image"')) problems.push(`${p}: no large twitter card`);
    const image = attr(source, /property="og:image" content="([^"]+)"/);
    if (image && !fileFor(new URL(image).pathname)) problems.push(`${p}: missing image ${image}`);
    if (problems.length > 20) break;
  }
  expect(problems).toEqual([]);
});
