// Build benchmark: runs a full production build (all pages + search index) and prints
// pages, seconds, pages per second, peak memory and output size. Not a test: it only measures.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 1);

function walk(dir, acc = { html: 0, bytes: 0, htmlBytes: 0 }) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) walk(full, acc);
    else {
      acc.bytes += st.size;
      if (name.endsWith('.html')) {
        acc.html += 1;
        acc.htmlBytes += st.size;
      }
    }
  }
  return acc;
}

for (let i = 1; i <= runs; i++) {
  const started = performance.now();
  // GNU time reports the peak resident memory of the build and its children.
  const child = spawn('/usr/bin/env', ['time', '-f', '%M', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((r) => child.on('close', r));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    console.error(stderr);
    process.exit(code ?? 1);
  }
  const peakKb = Number(stderr.trim().split('\n').at(-1));
  const site = walk('dist');
  const pf = walk('dist/pagefind');
  console.log(
    [
      `run ${i}/${runs}`,
      `pages ${site.html}`,
      `seconds ${seconds.toFixed(1)}`,
      `pages/s ${(site.html / seconds).toFixed(0)}`,
      `peak memory ${(peakKb / 1024).toFixed(0)} MiB`,
      `html ${(site.htmlBytes / 1024 / 1024).toFixed(1)} MiB (${(site.htmlBytes / site.html / 1024).toFixed(1)} KiB/page)`,
      `search index ${(pf.bytes / 1024 / 1024).toFixed(1)} MiB`,
    ].join(' | '),
  );
}
