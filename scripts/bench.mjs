// Build benchmark: full production builds (all pages, share images, search index), printing pages, seconds,
// ms per page, peak memory, output size and search index size. Not a test: it only measures.
//
//   npm run bench                    one build of the real site, with share images
//   npm run bench -- 3               three builds
//   npm run bench -- --images both   with and without share images
//   npm run bench -- --scale         the real site, then the content cloned to 2× and 4× the codes (same as --scale 1,2,4)
//   npm run bench -- --no-search     builds only (scripts/bench-search.mjs times the search and weighs pages)
//
// Scaled runs copy the content to a temporary folder and add clones of real codes under unused numbers
// (content only, no new software), so growth with the number of codes is visible. CODE_CLONES tells the build
// which code each clone stands for (src/lib/content/clones.ts): the session model and the software collection
// model a clone as its source. Every build of a scaled run is without share images; Pagefind indexes every one.
// Each row also gives the machine's 1-minute load average during that build, since other work shares the cores.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
/** The value after --name; `bare` when the option is given without one, `fallback` when it is absent. */
const option = (name, fallback, bare = fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = args[i + 1];
  return value === undefined || value.startsWith('--') ? bare : value;
};
// The run count is a bare number that is not an option's value (`--scale 2` is not two runs).
const valueAt = new Set(['scale', 'images'].map((n) => args.indexOf(`--${n}`)).filter((i) => i >= 0).map((i) => i + 1));
const runs = Number(args.find((a, i) => /^\d+$/.test(a) && !valueAt.has(i)) ?? 1);
const scales = option('scale', '1', '1,2,4').split(',').map(Number);
const scaled = scales.some((s) => s !== 1);
// Scaled runs compare builds with each other, so the ×1 build is without images too.
const images = scaled ? 'off' : option('images', 'on');

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
  const wanted = Math.round(codes.length * (factor - 1));
  if (wanted > unused.length) throw new Error(`bench: only ${unused.length} unused numbers for ${wanted} clones`);
  const clones = {};
  for (let i = 0; i < wanted; i++) {
    const from = sources[i % sources.length];
    const to = unused[i];
    clones[to] = from;
    const facts = readFileSync(`src/content/codes/${from}.yaml`, 'utf8').replace(/^code: "\d+"$/m, `code: "${to}"`);
    writeFileSync(join(content, 'codes', `${to}.yaml`), facts);
    for (const locale of ['en', 'ko']) cpSync(`src/content/prose/${locale}/${from}.mdx`, join(content, 'prose', locale, `${to}.mdx`));
  }
  return { root, content, clones, codes: codes.length + wanted };
}

async function build({ env, outDir, force }) {
  const started = performance.now();
  // GNU time reports the peak resident memory of the build and its children.
  const child = spawn('/usr/bin/env', ['time', '-f', '%M', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', ...(outDir ? ['--outDir', outDir] : []), ...(force ? ['--force'] : [])], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  // The 1-minute load average every 10 s: how busy the machine was (this build accounts for about 1 to 2 of it).
  const load = [loadavg()[0]];
  const sampler = setInterval(() => load.push(loadavg()[0]), 10_000);
  const code = await new Promise((r) => child.on('close', r));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`astro build exited with ${code}:\n${stderr}`);
  const mean = load.reduce((a, b) => a + b, 0) / load.length;
  return { seconds: (performance.now() - started) / 1000, peakKb: Number(stderr.trim().split('\n').at(-1)), load: `${mean.toFixed(1)} (max ${Math.max(...load).toFixed(1)})` };
}

// An interrupted run still removes its temporary copy.
let current;
process.on('SIGINT', () => {
  if (current) rmSync(current.root, { recursive: true, force: true });
  process.exit(130);
});

const rows = [];
for (const scale of scales) {
  const variants = images === 'both' ? ['on', 'off'] : [images];
  for (const img of variants) {
    for (let i = 1; i <= runs; i++) {
      const copy = (current = scale === 1 ? undefined : scaledContent(scale));
      try {
        const outDir = copy ? join(copy.root, 'dist') : 'dist';
        const env = { SHARE_IMAGES: img === 'on' ? '1' : '0', ...(copy ? { CONTENT_ROOT: copy.content, CODE_CLONES: JSON.stringify(copy.clones) } : {}) };
        // A scaled copy starts with an empty content cache (astro.config.ts keeps it apart), so every build of a scaled
        // run starts with one (--force), the real site too: the rows compare like with like.
        const { seconds, peakKb, load } = await build({ env, outDir, force: scaled });
        const site = walk(outDir);
        const index = walk(join(outDir, 'pagefind'));
        const og = walk(join(outDir, 'og'));
        const codes = copy?.codes ?? readdirSync('src/content/codes').length;
        const row = {
          scale: `×${scale}`,
          codes,
          ...(scaled ? {} : { images: img }),
          pages: site.html,
          seconds: seconds.toFixed(1),
          'ms/page': ((seconds * 1000) / site.html).toFixed(2),
          'peak MiB': (peakKb / 1024).toFixed(0),
          'html MiB': (site.htmlBytes / 1024 / 1024).toFixed(1),
          'KiB/page': (site.htmlBytes / site.html / 1024).toFixed(1),
          ...(scaled ? {} : { 'images MiB': (og.bytes / 1024 / 1024).toFixed(1) }),
          'index MiB': (index.bytes / 1024 / 1024).toFixed(1),
          'load 1 min': load,
        };
        rows.push(row);
        console.log(Object.entries(row).map(([k, v]) => `${k} ${v}`).join(' | '));
      } finally {
        if (copy) rmSync(copy.root, { recursive: true, force: true });
      }
    }
  }
}

// Search speed and page weight, on the real site just built (with images when that was built last).
if (scales.includes(1) && !args.includes('--no-search')) await import('./bench-search.mjs');

// The same figures as a Markdown table, ready for a closing note.
const heads = Object.keys(rows[0]);
console.log(`\n| ${heads.join(' | ')} |\n|${heads.map(() => ' --- ').join('|')}|`);
for (const r of rows) console.log(`| ${heads.map((h) => r[h]).join(' | ')} |`);
