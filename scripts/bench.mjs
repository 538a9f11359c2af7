// Build benchmark: full production builds (all pages, share images, search index), printing pages, seconds,
// ms per page, peak memory, output size and search index size. Not a test: it only measures.
//
//   npm run bench                    one build of the real site, with share images
//   npm run bench -- 3               three builds
//   npm run bench -- --images both   with and without share images
//   npm run bench -- --scale 1,2,4   the real site, then the content cloned to 2× and 4× the codes (not working yet:
//                                    the session model needs an entry per code, and clones have none)
//   npm run bench -- --no-search     builds only (scripts/bench-search.mjs times the search and weighs pages)
//
// Scaled runs copy the content to a temporary folder and add clones of real codes under unused numbers
// (content only, no new software), so growth with the number of codes is visible; they build without images.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 1);
const scales = option('scale', '1').split(',').map(Number);
const images = option('images', 'on');

function walk(dir, acc = { files: 0, html: 0, bytes: 0, htmlBytes: 0 }) {
  if (!existsSync(dir)) return acc;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) walk(full, acc);
    else {
      acc.files += 1;
      acc.bytes += st.size;
      if (name.endsWith('.html')) {
        acc.html += 1;
        acc.htmlBytes += st.size;
      }
    }
  }
  return acc;
}

/** A copy of src/content with clones of standard codes under unused numbers, `factor` times as many codes in all. */
function scaledContent(factor) {
  const root = mkdtempSync(join(tmpdir(), `ftp-codes-x${factor}-`));
  const content = join(root, 'content');
  cpSync('src/content', content, { recursive: true });
  const codes = readdirSync('src/content/codes').map((f) => f.replace(/\.yaml$/, ''));
  const taken = new Set(codes);
  // Clone codes whose facts stand alone (standard ones), so no cross-file rule depends on a clone.
  const sources = codes.filter((c) => /^status: standard$/m.test(readFileSync(`src/content/codes/${c}.yaml`, 'utf8')));
  const free = [];
  for (let a = 1; a <= 6; a++) for (let b = 0; b <= 5; b++) for (let c = 0; c <= 9; c++) free.push(`${a}${b}${c}`);
  for (let n = 10000; n <= 10099; n++) free.push(String(n));
  const unused = free.filter((n) => !taken.has(n));
  const wanted = codes.length * (factor - 1);
  if (wanted > unused.length) throw new Error(`bench: only ${unused.length} unused numbers for ${wanted} clones`);
  for (let i = 0; i < wanted; i++) {
    const from = sources[i % sources.length];
    const to = unused[i];
    const facts = readFileSync(`src/content/codes/${from}.yaml`, 'utf8').replace(/^code: "\d+"$/m, `code: "${to}"`);
    writeFileSync(join(content, 'codes', `${to}.yaml`), facts);
    for (const locale of ['en', 'ko']) cpSync(`src/content/prose/${locale}/${from}.mdx`, join(content, 'prose', locale, `${to}.mdx`));
  }
  return { root, content, codes: codes.length + wanted };
}

async function build({ env, outDir }) {
  const started = performance.now();
  // GNU time reports the peak resident memory of the build and its children.
  const child = spawn('/usr/bin/env', ['time', '-f', '%M', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', ...(outDir ? ['--outDir', outDir] : [])], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((r) => child.on('close', r));
  if (code !== 0) {
    console.error(stderr);
    process.exit(code ?? 1);
  }
  return { seconds: (performance.now() - started) / 1000, peakKb: Number(stderr.trim().split('\n').at(-1)) };
}

const rows = [];
for (const scale of scales) {
  const variants = scale === 1 ? (images === 'both' ? ['on', 'off'] : [images]) : ['off'];
  for (const img of variants) {
    for (let i = 1; i <= runs; i++) {
      const scaled = scale === 1 ? undefined : scaledContent(scale);
      const outDir = scaled ? join(scaled.root, 'dist') : 'dist';
      const env = { SHARE_IMAGES: img === 'on' ? '1' : '0', ...(scaled ? { CONTENT_ROOT: scaled.content } : {}) };
      const { seconds, peakKb } = await build({ env, outDir });
      const site = walk(outDir);
      const index = walk(join(outDir, 'pagefind'));
      const og = walk(join(outDir, 'og'));
      const codes = scaled?.codes ?? readdirSync('src/content/codes').length;
      const row = {
        scale: `×${scale}`,
        codes,
        images: img,
        pages: site.html,
        seconds: seconds.toFixed(1),
        'ms/page': ((seconds * 1000) / site.html).toFixed(2),
        'peak MiB': (peakKb / 1024).toFixed(0),
        'html MiB': (site.htmlBytes / 1024 / 1024).toFixed(1),
        'KiB/page': (site.htmlBytes / site.html / 1024).toFixed(1),
        'images MiB': (og.bytes / 1024 / 1024).toFixed(1),
        'index MiB': (index.bytes / 1024 / 1024).toFixed(1),
      };
      rows.push(row);
      console.log(Object.entries(row).map(([k, v]) => `${k} ${v}`).join(' | '));
      if (scaled) rmSync(scaled.root, { recursive: true, force: true });
    }
  }
}

// Search speed and page weight, on the real site just built (with images when that was built last).
if (scales.includes(1) && !args.includes('--no-search')) await import('./bench-search.mjs');

// The same figures as a Markdown table, ready for a closing note.
const heads = Object.keys(rows[0]);
console.log(`\n| ${heads.join(' | ')} |\n|${heads.map(() => ' --- ').join('|')}|`);
for (const r of rows) console.log(`| ${heads.map((h) => r[h]).join(' | ')} |`);
