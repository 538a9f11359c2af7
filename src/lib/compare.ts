/**
 * What the side-by-side table of a comparison page needs of each code, and the inline-code markup of composed
 * sentences. The reasoning about the pair lives in compare-pair.ts, on the session model.
 */
import type { Translate } from '../i18n';
import type { Locale } from './locales';
import { listOf } from './text';
import { specLabel, type SpecId } from './specs';
import type { CodeData, ProseData } from './content/schema';

/** What compare needs of one code: its facts, its prose in the page's language, and who sends it. */
export interface Side {
  code: string;
  data: CodeData;
  text: ProseData;
  /** Names of the software in the collection that send or print this code, servers first. */
  senders: string[];
}

/** "RFC 959, section 4.2.2" / "RFC 959 4.2.2절" for each RFC the code comes from, its sections together. */
export function specsOf(data: CodeData, t: Translate): string[] {
  const sections = new Map<SpecId, string[]>();
  for (const u of data.uses) {
    if (u.spec === 'none') continue;
    const list = sections.get(u.spec) ?? [];
    if (u.section && !list.includes(u.section)) list.push(u.section);
    sections.set(u.spec, list);
  }
  return [...sections].map(([spec, list]) =>
    t(list.length > 1 ? 'spec.uses' : 'spec.use', { spec: specLabel(spec), section: list.join(', ') }),
  );
}

/** At most this many senders are named in one sentence or cell; a Winsock error has dozens. */
const MAX_SENDERS = 4;

/** The software that sends a code, for a sentence: the first few names, the rest as "…". */
export function sendersOf(side: Side, locale: Locale): string {
  if (side.senders.length <= MAX_SENDERS) return listOf(side.senders, locale);
  return `${side.senders.slice(0, MAX_SENDERS).join(', ')}, …`;
}

/** Escapes text for HTML and turns `backticks` into <code>, for composed sentences. */
export function inlineCode(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replace(/`([^`]+)`/g, '<code>$1</code>');
}

