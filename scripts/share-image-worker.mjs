// Draws share images off the main thread, so they render on the second core while Astro renders pages on the first.
// Plain JavaScript loaded by path (not bundled by Vite); src/lib/share-image.ts sends it cards and gets PNG files back.
import { parentPort } from 'node:worker_threads';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

const W = 1200;
const H = 630;
const FONT_DIR = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-kr/package.json'));

// The WOFF subsets of Noto Sans KR with the code points each covers (satori reads WOFF, not WOFF2).
const faces = [400, 700].flatMap((weight) =>
  [...readFileSync(join(FONT_DIR, `${weight}.css`), 'utf8').matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g)].map((m) => ({
    file: m[1],
    weight,
    ranges: m[2].split(',').map((r) => {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a, 16), parseInt(b ?? a, 16)];
    }),
  })),
);
const data = new Map();
// Only the subsets that cover the card's text; each is a family of its own, all listed as fallbacks.
function fontsFor(text) {
  const points = [...new Set([...text].map((ch) => ch.codePointAt(0)))];
  return faces
    .filter((f) => points.some((cp) => f.ranges.some(([a, b]) => cp >= a && cp <= b)))
    .map((f) => {
      if (!data.has(f.file)) data.set(f.file, readFileSync(join(FONT_DIR, 'files', f.file)));
      return { name: f.file, data: data.get(f.file), weight: f.weight, style: 'normal' };
    });
}

const el = (type, style, children) => ({ type, props: { style, children } });

function layout(card, fontFamily) {
  const [first, second] = card.codes;
  const side = (c, size, titleSize) =>
    el('div', { display: 'flex', flexDirection: 'column', flex: 1, borderLeft: `16px solid ${c.colour}`, paddingLeft: 28 }, [
      el('div', { fontSize: size, fontWeight: 700, lineHeight: 1 }, c.code),
      el('div', { fontSize: titleSize, fontWeight: 700, marginTop: 20, lineHeight: 1.3 }, c.title),
    ]);
  const body = !first
    ? el('div', { fontSize: 110, fontWeight: 700, lineHeight: 1.1 }, card.kicker)
    : second
      ? el('div', { display: 'flex', gap: 48 }, [side(first, 120, 38), side(second, 120, 38)])
      : side(first, 160, 56);
  return el('div', { width: W, height: H, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 64, background: '#0f172a', color: '#f8fafc', fontFamily }, [
    el('div', { fontSize: 34, color: '#cbd5e1', fontWeight: 700 }, first ? card.kicker : ''),
    body,
    el('div', { fontSize: 28, color: '#94a3b8' }, card.site),
  ]);
}

parentPort.on('message', async ({ id, card, file }) => {
  try {
    if (!existsSync(file)) {
      const text = [card.kicker, card.site, ...card.codes.flatMap((c) => [c.code, c.title])].join('\n');
      const fonts = fontsFor(text);
      const svg = await satori(layout(card, fonts.map((f) => f.name).join(', ')), { width: W, height: H, fonts });
      const png = new Resvg(svg, { fitTo: { mode: 'width', value: W } }).render().asPng();
      mkdirSync(dirname(file), { recursive: true });
      // Written under a temporary name first, so a build stopped halfway never leaves half a file in the cache.
      writeFileSync(`${file}.tmp`, png);
      renameSync(`${file}.tmp`, file);
    }
    parentPort.postMessage({ id });
  } catch (e) {
    parentPort.postMessage({ id, error: String(e?.stack ?? e) });
  }
});
