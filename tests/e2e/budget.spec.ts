// Weight budget: a first visit to a code page or a comparison page downloads at most 14 KB compressed in all
// (HTML, CSS, JavaScript, fonts, icons), so it arrives in the first round trips even on a slow phone connection.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { allPages, DIST, fileFor } from './site';

const BUDGET = 14 * 1024;

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;

for (const path of ['/en/220-vs-425/', '/ko/421-vs-530/', '/ko/10054-vs-10060/']) {
  test(`first visit to ${path} stays within 14 KB compressed, everything it loads counted`, async ({ page }) => {
    const sizes: { url: string; bytes: number }[] = [];
    page.on('response', async (r) => {
      const body = await r.body().catch(() => undefined);
      // The preview server does not compress; measure what a host with gzip (as configured for nginx) sends.
      if (body) sizes.push({ url: new URL(r.url()).pathname, bytes: gz(body) });
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const total = sizes.reduce((n, s) => n + s.bytes, 0);
    expect(total, sizes.map((s) => `${s.url}: ${s.bytes}`).join('\n')).toBeLessThanOrEqual(BUDGET);
  });
}

test('every code page and every comparison page fits 14 KB with what a first visit loads', () => {
  const astro = (f: string) => readFileSync(join(DIST, '_astro', f));
  // The scripts a page names, with the modules they import statically (the browser fetches those at once too).
  const scriptBytes = new Map<string, number>();
  const scripts = (file: string, seen: Set<string>): number => {
    if (seen.has(file)) return 0;
    seen.add(file);
    const source = astro(file);
    const imports = [...source.toString().matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)].map((m) => m[1]!);
    return gz(source) + imports.reduce((n, f) => n + scripts(f, seen), 0);
  };
  const icon = gz(readFileSync(join(DIST, 'favicon.svg')));
  const over: string[] = [];
  let heaviest = { path: '', bytes: 0 };
  for (const path of allPages().filter((p) => /^\/(en|ko)\/\d+(?:-vs-\d+)?\/$/.test(p))) {
    const html = readFileSync(fileFor(path)!);
    const named = [...html.toString().matchAll(/<script type="module" src="\/_astro\/([^"]+\.js)"/g)].map((m) => m[1]!);
    const key = named.join(' ');
    if (!scriptBytes.has(key)) {
      const seen = new Set<string>();
      scriptBytes.set(key, named.reduce((n, f) => n + scripts(f, seen), 0));
    }
    // The stylesheets it links: the one every page shares, and those of the components it has (tools, diagrams…).
    const css = [...html.toString().matchAll(/<link rel="stylesheet" href="\/_astro\/([^"]+\.css)"/g)].reduce((n, m) => n + gz(astro(m[1]!)), 0);
    const bytes = gz(html) + css + icon + scriptBytes.get(key)!;
    if (bytes > BUDGET) over.push(`${path}: ${bytes} bytes`);
    if (bytes > heaviest.bytes) heaviest = { path, bytes };
  }
  test.info().annotations.push({ type: 'heaviest page', description: `${heaviest.path}: ${heaviest.bytes} bytes` });
  expect(over).toEqual([]);
});
