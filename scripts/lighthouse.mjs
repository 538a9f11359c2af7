// Lighthouse (mobile) on the built site, served locally by `astro preview`, with the system Chromium:
// prints the four category scores for each page type in both languages. A report, not a test.
//   npm run build && npm run lighthouse
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4330);
const base = `http://127.0.0.1:${PORT}`;
// The first symptom page, if the site has any yet.
const symptom = ['troubleshoot/cannot-connect/', 'troubleshoot/'].find((p) => existsSync(`dist/en/${p}index.html`));
const pages = ['', '425/', '220-vs-425/', ...(symptom ? [symptom] : []), 'explain/'].flatMap((p) => ['en', 'ko'].map((l) => `/${l}/${p}`));

if (!existsSync('dist/index.html')) {
  console.error('lighthouse: no built site in dist/; run npm run build first');
  process.exit(1);
}
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore' });
try {
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${base}/`).then((r) => r.ok).catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const rows = [];
  try {
    for (const path of pages) {
      const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const c = result.lhr.categories;
      const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
      const row = { page: path, performance: score('performance'), accessibility: score('accessibility'), 'best practices': score('best-practices'), seo: score('seo') };
      // What cost points, so a score below 100 says why.
      const lost = Object.values(result.lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      rows.push(row);
      console.log(`${path}: ${row.performance} / ${row.accessibility} / ${row['best practices']} / ${row.seo}${lost.length ? `  (failed: ${lost.join(', ')})` : ''}`);
    }
  } finally {
    await chrome.kill();
  }
  const heads = Object.keys(rows[0]);
  console.log(`\n| ${heads.join(' | ')} |\n|${heads.map(() => ' --- ').join('|')}|`);
  for (const r of rows) console.log(`| ${heads.map((h) => r[h]).join(' | ')} |`);
} finally {
  server.kill();
}
