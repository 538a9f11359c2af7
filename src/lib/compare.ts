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

/** "RFC 959 section 4.2.2" / "RFC 959 4.2.2절" for each RFC use, or the software for a non-standard code. */
export function specsOf(data: CodeData, t: Translate): string[] {
  return data.uses
    .filter((u) => u.spec !== 'none')
    .map((u) => t('spec.use', { spec: specLabel(u.spec as SpecId), section: u.section ?? '' }));
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

