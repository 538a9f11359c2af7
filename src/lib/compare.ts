/**
 * What the side-by-side table of a comparison page needs of each code, and the inline-code markup of composed
 * sentences. The reasoning about the pair lives in compare-pair.ts, on the session model.
 */
import type { Translate } from '../i18n';
import { specLabel, type SpecId } from './specs';
import type { CodeData, ProseData } from './content/schema';

/** What compare needs of one code: its facts and its prose in the page's language. */
export interface Side {
  code: string;
  data: CodeData;
  text: ProseData;
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

/** The software named in a code's messages, in order, once each. */
export function softwareOf(data: CodeData): string[] {
  return [...new Set(data.messages.map((m) => m.software))];
}

/** Escapes text for HTML and turns `backticks` into <code>, for composed sentences. */
export function inlineCode(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replace(/`([^`]+)`/g, '<code>$1</code>');
}

