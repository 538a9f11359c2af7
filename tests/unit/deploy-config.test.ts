import { describe, expect, it } from 'vitest';
import { netlifyHeaders, netlifyRedirects, nginxServer, routeTable, vercelConfig } from '../../src/lib/deploy-config';

const pages = ['', 'en/', 'en/425/', '425/', '10060/', 'en/220-vs-425/', 'en/425-vs-220/', 'ko/425-vs-220/', 'ko/10060-vs-425/'];
const table = routeTable(pages);

describe('route table', () => {
  it('finds short links and reversed comparisons among the built pages, nothing else', () => {
    expect(table.shortLinks.map((s) => s.from)).toEqual(['/10060', '/425']);
    expect(table.shortLinks[1]!.targets).toEqual({ en: '/en/425/', ko: '/ko/425/' });
    expect(table.reversed).toEqual([
      { from: '/en/425-vs-220/', to: '/en/220-vs-425/' },
      { from: '/ko/10060-vs-425/', to: '/ko/425-vs-10060/' },
      { from: '/ko/425-vs-220/', to: '/ko/220-vs-425/' },
    ]);
  });
});

describe('host files', () => {
  it('_redirects: Netlify lines forced with the language condition, plain lines for Cloudflare, 301 for reversed pairs', () => {
    const r = netlifyRedirects(table).split('\n');
    expect(r).toContain('/425 /ko/425/ 302! Language=ko');
    expect(r).toContain('/425 /en/425/ 302!');
    expect(r).toContain('/425/ /en/425/ 302');
    expect(r).toContain('/ /ko/ 302! Language=ko');
    expect(r).toContain('/en/425-vs-220/ /en/220-vs-425/ 301!');
    expect(r).toContain('/ko/* /ko/404.html 404');
    // Netlify takes the first match: the language line must come before the unconditional one.
    expect(r.indexOf('/425 /ko/425/ 302! Language=ko')).toBeLessThan(r.indexOf('/425 /en/425/ 302!'));
  });
  it('_headers: security headers on every path, a year for hashed assets', () => {
    const h = netlifyHeaders();
    expect(h).toMatch(/^\/\*\n(?:  .+\n)*  X-Content-Type-Options: nosniff/m);
    expect(h).toContain("Content-Security-Policy: frame-ancestors 'none'");
    expect(h).toMatch(/\/_astro\/\*\n  Cache-Control: public, max-age=31536000, immutable/);
  });
  it('vercel.json: valid JSON with the language-dependent short links', () => {
    const v = JSON.parse(vercelConfig(table));
    expect(v.redirects).toContainEqual({ source: '/425{/}?', destination: '/ko/425/', permanent: false, has: [{ type: 'header', key: 'accept-language', value: '(?i)^ko\\b.*' }] });
    expect(v.redirects).toContainEqual({ source: '/425{/}?', destination: '/en/425/', permanent: false });
  });
  it('nginx: maps, short-link location with only known codes, per-locale 404 pages', () => {
    const n = nginxServer(table, { root: '/srv/site', listen: '8080' });
    expect(n).toContain('root /srv/site;');
    expect(n).toContain('  /en/425-vs-220/ /en/220-vs-425/;');
    expect(n).toContain('location ~ "^/(?<ftp_code>10060|425)/?$"');
    expect(n).toContain('error_page 404 /ko/404.html;');
    expect(n.match(/\{/g)!.length).toBe(n.match(/\}/g)!.length);
  });
});
