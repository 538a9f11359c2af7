/**
 * Every address of the site, computed in one place (see ../shared/url-scheme.md: a public contract).
 * Paths here are relative to a locale; pages turn them into URLs with Astro's getRelativeLocaleUrl.
 */
import { compareCodes, type ReplyClass } from './codes';

/** Orders two codes lower first, the order of the canonical comparison address. */
export function ordered(a: string, b: string): [string, string] {
  return compareCodes(a, b) <= 0 ? [a, b] : [b, a];
}

export const paths = {
  home: '',
  code: (code: string) => `${code}/`,
  pair: (a: string, b: string) => {
    const [low, high] = ordered(a, b);
    return `${low}-vs-${high}/`;
  },
  compare: 'compare/',
  replyClass: (c: Exclude<ReplyClass, 'winsock'>) => `${c}xx/`,
  explain: 'explain/',
  search: 'search/',
  tools: 'tools/',
  commands: 'commands/',
  /** "AUTH TLS" has the AUTH page. */
  command: (command: string) => `commands/${command.split(' ')[0]}/`,
  troubleshoot: 'troubleshoot/',
  /** One symptom: "troubleshoot/listing-fails/". */
  symptom: (slug: string) => `troubleshoot/${slug}/`,
  guides: 'guides/',
  /** One guide: "guides/active-passive/". */
  guide: (slug: string) => `guides/${slug}/`,
  /** Servers and clients listed by kind: servers/, clients/. */
  softwareIndex: (kind: SoftwareKind) => `${kind}s/`,
  /** One server or client: servers/vsftpd/, clients/filezilla/. */
  software: (kind: SoftwareKind, id: string) => `${kind}s/${id}/`,
};

/** Servers and clients have their own address space; libraries and operating systems count as clients. */
export type SoftwareKind = 'server' | 'client';

/** Every unordered pair of distinct codes, each lower code first, in a stable order. */
export function allPairs(codes: readonly string[]): [string, string][] {
  const sorted = [...codes].sort(compareCodes);
  const out: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) out.push([sorted[i]!, sorted[j]!]);
  return out;
}

/** True for an address that only forwards elsewhere (reversed pairs, short links): kept out of the sitemap. */
export function isForwardingPath(pathname: string): boolean {
  const p = new URL(pathname, 'https://x').pathname;
  if (/^\/\d+\/$/.test(p)) return true;
  const m = p.match(/^\/[a-z]{2}\/(\d+)-vs-(\d+)\/$/);
  return !!m && compareCodes(m[1]!, m[2]!) > 0;
}
