// Search and weight benchmark on the built site (dist/): weighs the code pages on a first visit, then serves the
// build and times the header search in headless Chromium (first query on a cold page, later queries).
// Run by `npm run bench` after its builds; on its own: `node scripts/bench-search.mjs`. Not a test: it only measures.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

function walk(dir, acc = { bytes: 0 }) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) walk(full, acc);
    else acc.bytes += st.size;
  }
  return acc;
}

// Page weight on a first visit: the HTML and the stylesheet, gzipped.
const css = readdirSync('dist/_astro').filter((f) => f.endsWith('.css'));
const cssGz = css.reduce((n, f) => n + gzipSync(readFileSync(join('dist/_astro', f)), { level: 9 }).length, 0);
const weigh = (path) => gzipSync(readFileSync(join('dist', path, 'index.html')), { level: 9 }).length + cssGz;
const known = ['en', 'ko'].map((l) => `${l} ${(statSync(`dist/api/known-texts/${l}.json`).size / 1024).toFixed(0)} KiB (gzip ${(gzipSync(readFileSync(`dist/api/known-texts/${l}.json`), { level: 9 }).length / 1024).toFixed(0)} KiB)`);
const heaviest = readdirSync('dist/en')
  .filter((d) => /^\d+$/.test(d))
  .flatMap((c) => ['en', 'ko'].map((l) => [`/${l}/${c}/`, weigh(`${l}/${c}`)]))
  .sort((a, b) => b[1] - a[1]);
console.log(
  [
    `first visit (html+css gzip): /en/550/ ${(weigh('en/550') / 1024).toFixed(1)} KiB`,
    `/en/425/ ${(weigh('en/425') / 1024).toFixed(1)} KiB`,
    `heaviest ${heaviest[0][0]} ${(heaviest[0][1] / 1024).toFixed(1)} KiB`,
    `code pages over 14 KiB: ${heaviest.filter(([, b]) => b > 14 * 1024).length} of ${heaviest.length}`,
    `known texts ${known.join(', ')}`,
    `search index ${(walk('dist/pagefind').bytes / 1024 / 1024).toFixed(2)} MiB`,
  ].join(' | '),
);

// Search timing: the work from the end of the typing pause to the results, measured by the page itself
// (performance measure "search-work", see src/scripts/search.ts), on the built site served by astro preview.
const QUERIES = [
  ['en', 'Response: 530 Login incorrect.'],
  ['en', '< 425 Failed to establish connection.'],
  ['en', 'ftplib.error_perm: 550 /home/bob/x.txt: No such file or directory'],
  ['en', 'Error: Critical error: Could not connect to server'],
  ['en', '227 Entering Passive Mode (192,168,1,20,195,80)'],
  ['ko', '오류: "ECONNREFUSED - 서버에서의 연결 거부"(으)로 연결 시도 실패.'],
  ['ko', 'FTP 접속 에러'],
  ['ko', '425'],
];
// Astro runs one preview server per project: reuse the one the browser tests left on E2E_PORT, else start it.
const port = Number(process.env.E2E_PORT ?? 4329);
const base = `http://127.0.0.1:${port}`;
const up = () => fetch(base).then((r) => r.ok, () => false);
const server = (await up()) ? undefined : spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
try {
  for (let t = 0; t < 300 && !(await up()); t++) await new Promise((r) => setTimeout(r, 200));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const measure = async (locale, queries) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/${locale}/425/`);
    const times = [];
    for (const q of queries) {
      const before = await page.evaluate(() => performance.getEntriesByName('search-work-early').length);
      await page.getByRole('combobox').fill(q);
      await page.waitForFunction((n) => performance.getEntriesByName('search-work').length > n, times.length);
      times.push(await page.evaluate((n) => performance.getEntriesByName('search-work')[n].duration, times.length));
      const early = await page.evaluate((n) => performance.getEntriesByName('search-work-early')[n]?.duration, before);
      if (early !== undefined) (times.length === 1 ? coldEarly : earlies).push(early);
    }
    await context.close();
    return times;
  };
  const cold = [];
  const warm = [];
  const earlies = [];
  const coldEarly = [];
  for (const [locale, q] of QUERIES) {
    // A fresh context per query: a cold page and an empty cache for the first query, then four more on the same page.
    const [first, ...later] = await measure(locale, [q, ...QUERIES.filter(([l, x]) => l === locale && x !== q).slice(0, 4).map(([, x]) => x)]);
    cold.push(first);
    warm.push(...later);
  }
  await browser.close();
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return `median ${s[Math.floor(s.length / 2)].toFixed(0)} ms, max ${s.at(-1).toFixed(0)} ms`;
  };
  console.log(
    [
      `search: first query on a cold page ${stats(cold)} (${cold.length} pages)`,
      `later queries ${stats(warm)} (${warm.length} queries)`,
      `code page of a recognised text on screen: cold ${stats(coldEarly)} (${coldEarly.length}), later ${stats(earlies)} (${earlies.length})`,
      `load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
    ].join(' | '),
  );
} finally {
  server?.kill();
}
