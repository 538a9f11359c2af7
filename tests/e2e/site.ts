// Reads the built site in dist/: the pages, their links and ids. Shared by the whole-site sweeps.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

// SITE_DIST points the sweeps at another build, e.g. a copy of an older one to measure against.
export const DIST = process.env.SITE_DIST ?? 'dist';

/** Every HTML file under dist/, as site paths ("/en/425/"). */
export function allPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = full.slice(DIST.length).replace(/\\/g, '/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(DIST);
  return out.sort();
}

/** The file behind a site path, or undefined. */
export function fileFor(path: string): string | undefined {
  const clean = decodeURI(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}

const cache = new Map<string, HTMLElement>();
/** The parsed page at a site path (cached). */
export function page(path: string): HTMLElement {
  let root = cache.get(path);
  if (!root) {
    root = parse(readFileSync(fileFor(path)!, 'utf8'));
    if (cache.size > 400) cache.clear();
    cache.set(path, root);
  }
  return root;
}

/** Canonical pages listed in the sitemap, as site paths. */
export function sitemapPaths(): string[] {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps.flatMap((m) => [...readFileSync(join(DIST, m), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => new URL(x[1]!).pathname));
}

/** Codes on the site, from the JSON API. */
export function siteCodes(): string[] {
  return JSON.parse(readFileSync(join(DIST, 'api/codes.json'), 'utf8')).codes.map((c: { code: string }) => c.code);
}

/** Is this path a comparison page (canonical or reversed)? */
export const isPairPath = (p: string) => /^\/(en|ko)\/\d+-vs-\d+\/$/.test(p);
