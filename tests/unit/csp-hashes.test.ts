// Each page's CSP keeps only the hashes of inline code the page holds (src/integrations/csp-hashes.ts).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimCspHashes } from '../../src/integrations/csp-hashes';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const inline = 'location.replace("/en/425/")';
const page = (body: string) =>
  `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(inline)} ${hash('other()')}; style-src 'self' ${hash('')};"></head><body>${body}</body>`;

describe('trimCspHashes', () => {
  it('drops every hash on a page with no inline script or style, keeping the sources', () => {
    const out = trimCspHashes(page('<script type="module" src="/_astro/x.js"></script><script type="application/ld+json">{}</script>'));
    expect(out).toContain(`content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"`);
  });
  it('keeps the hash of an inline script the page runs', () => {
    const out = trimCspHashes(page(`<script>${inline}</script>`));
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash(inline)};`);
    expect(out).not.toContain(hash('other()'));
  });
  it('adds the hash of an inline script Astro did not hash (is:inline)', () => {
    const out = trimCspHashes(page(`<script>${inline};x()</script><style>p{}</style>`));
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash(`${inline};x()`)};`);
    expect(out).toContain(`style-src 'self' ${hash('p{}')};`);
  });
  it('leaves a page without a CSP alone', () => {
    expect(trimCspHashes('<p>x</p>')).toBe('<p>x</p>');
  });
});
