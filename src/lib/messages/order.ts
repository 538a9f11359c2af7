/**
 * How messages are ordered and labelled wherever they show: servers before clients, within one software the
 * texts of current versions before those a later version dropped, and a short version label for each text.
 * Plain TypeScript over the schema types, so it is unit-tested without Astro.
 */
import type { SoftwareData, SoftwareMessage, SoftwareProse } from '../content/schema';
import type { Locale } from '../locales';
import type { Translate } from '../../i18n';

/** One software with its situations in every locale. */
export interface SoftwareEntry {
  id: string;
  data: SoftwareData;
  prose: Record<Locale, SoftwareProse>;
}

/** The messages one software sends with one code (or, on a software page, under one code). */
export interface MessageGroup {
  software: SoftwareEntry;
  messages: SoftwareMessage[];
}

/** Compares two versions numerically, part by part ("1.3.10" after "1.3.9"; "1.3.8b" after "1.3.8"). */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.-]/).map((p) => p.match(/^(\d*)(.*)$/)!.slice(1) as [string, string]);
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const [na, sa] = pa[i] ?? ['-1', ''];
    const [nb, sb] = pb[i] ?? ['-1', ''];
    const d = Number(na || -1) - Number(nb || -1) || sa.localeCompare(sb);
    if (d) return d;
  }
  return 0;
}

/** Servers first, then clients; by name within each kind. */
export function compareSoftware(a: SoftwareEntry, b: SoftwareEntry): number {
  return (a.data.kind === b.data.kind ? 0 : a.data.kind === 'server' ? -1 : 1) || a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' });
}

/**
 * Newest first: texts current versions still print (no `until`) in the order the file gives them,
 * then the dropped ones, the most recently dropped first.
 */
export function sortMessages(messages: readonly SoftwareMessage[]): SoftwareMessage[] {
  return messages
    .map((m, i) => ({ m, i }))
    .sort((x, y) => {
      const ux = x.m.until;
      const uy = y.m.until;
      if (!ux !== !uy) return ux ? 1 : -1;
      return (ux && uy ? compareVersions(uy, ux) : 0) || x.i - y.i;
    })
    .map((x) => x.m);
}

/** Every message that carries `code`, grouped by software, servers first, newest texts first. */
export function groupsForCode(software: readonly SoftwareEntry[], code: string): MessageGroup[] {
  return [...software]
    .sort(compareSoftware)
    .map((s) => ({ software: s, messages: sortMessages(s.data.messages.filter((m) => m.code === code)) }))
    .filter((g) => g.messages.length > 0);
}

/** A software's messages grouped by code, in code order; texts without a code last, under `undefined`. */
export function groupsByCode(entry: SoftwareEntry, compareCodes: (a: string, b: string) => number): { code: string | undefined; messages: SoftwareMessage[] }[] {
  const codes = [...new Set(entry.data.messages.map((m) => m.code))].sort((a, b) => (a === undefined ? 1 : b === undefined ? -1 : compareCodes(a, b)));
  return codes.map((code) => ({ code, messages: sortMessages(entry.data.messages.filter((m) => m.code === code)) }));
}

/**
 * The short form of the versions an entry covers: the version line in parentheses ("3.0.x" from "3.0.5 (3.0.x)"),
 * else the first part without its note ("OpenBSD 7.x" from "OpenBSD 7.x (ftpd.c 1.235, …)").
 */
export function coveredVersions(versions: string): string {
  // Only a note that comes before any ";" belongs to the first version named.
  const note = versions.match(/^[^;(]*\(([^)]*)\)/)?.[1];
  if (note && /^\d[\d.]*x\b/.test(note)) return note;
  return versions.replace(/\s*\([^)]*\)/g, '').split(';')[0]!.trim();
}

/** The versions that print a message: "since 1.0.43", "until 0.9.60", "1.0.20–1.0.43", or the covered versions. */
export function versionLabel(software: SoftwareData, m: SoftwareMessage, t: Translate): string {
  if (m.since && m.until) return t('version.range', { since: m.since, until: m.until });
  if (m.since) return t('version.since', { since: m.since });
  if (m.until) return t('version.until', { until: m.until });
  return coveredVersions(software.versions);
}

/** The message as printed, with its code in front when it carries one ("421 There are too many …"). */
export function printedLine(m: Pick<SoftwareMessage, 'code' | 'text'>, kind: SoftwareData['kind']): string {
  // Servers send the code in front of the text; clients print their own wording, which may not include it.
  return kind === 'server' && m.code ? `${m.code} ${m.text}` : m.text;
}

/**
 * How many texts a code page lists in all. A code page must stay within the 14 KB first-visit budget, and 550 alone
 * has hundreds of texts from 25 programs: the page names every program, lists texts up to this many (the widely run
 * programs' first), and leaves the rest one link away on the software page, whose section for the code lists every
 * text with situation and setting. Measured: each listed text costs a Korean 550 page about 22 bytes gzip, and at 10
 * the heaviest code page (/ko/550/) is about 60 bytes under the budget.
 */
export const CODE_PAGE_TEXTS = 10;

/**
 * How many of each group's texts a code page lists, given the groups' sizes: one text per software per round (each
 * software's first text, then each one's second, …), the widely run software (`common`) before the others in every
 * round, until `cap` texts are listed. Where there are more software than fit, the rest are named without a text.
 */
export function listedCounts(sizes: readonly number[], common: readonly boolean[] = [], cap: number = CODE_PAGE_TEXTS): number[] {
  const counts = sizes.map(() => 0);
  const order = sizes.map((_, i) => i).sort((a, b) => Number(!!common[b]) - Number(!!common[a]) || a - b);
  let listed = 0;
  for (let round = 0; listed < cap; round++) {
    let added = false;
    for (const i of order)
      if (listed < cap && sizes[i]! > round) {
        counts[i]!++;
        listed++;
        added = true;
      }
    if (!added) break;
  }
  return counts;
}
