/**
 * Astro integration: after the build, keeps in each page's Content-Security-Policy only the hashes that page needs.
 * Astro writes the hash of every script and stylesheet of the whole build into every page's <meta>, including those
 * of external files (which 'self' already allows, and which a hash never matches without an integrity attribute):
 * 9 hashes, 0.4 KB gzip of each page's 14 KB budget. A page keeps the hashes of its own inline scripts and styles.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
// Inline elements a hash can allow: scripts without src (JSON-LD is data, never run, so it needs none) and styles.
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The page with its CSP listing exactly the hashes of the inline scripts and styles it holds; unchanged without a CSP.
 * Astro does not hash `is:inline` scripts (the short links' language choice), so their hashes are added here.
 */
export function trimCspHashes(html: string): string {
  const meta = html.match(CSP_META);
  if (!meta) return html;
  const needed = { script: new Set<string>(), style: new Set<string>() };
  for (const [, tag, attrs, body] of html.matchAll(INLINE)) {
    if (tag === 'script' && (/\bsrc=/.test(attrs!) || /type="application\/ld\+json"/.test(attrs!))) continue;
    needed[tag as 'script' | 'style'].add(sha256(body!));
  }
  const policy = meta[1]!
    .replace(/ '(sha256|sha384|sha512)-[^']*'/g, '')
    .replace(/\b(script|style)-src [^;]*/g, (directive, kind: 'script' | 'style') => [directive, ...needed[kind]].join(' '));
  return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_astro' && entry.name !== 'pagefind') htmlFiles(full, out);
    } else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

export function cspHashes(): AstroIntegration {
  return {
    name: 'csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let trimmed = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const out = trimCspHashes(html);
          if (out !== html) {
            writeFileSync(file, out);
            trimmed++;
          }
        }
        logger.info(`CSP hashes kept only where a page has inline code: ${trimmed} pages trimmed`);
      },
    },
  };
}
