/** Fills UI string templates: `{name}` inserts a value; `{name|은/는}` inserts it with the Korean particle that fits. */
import { withParticle, type Particle } from './particles';

export type Vars = Record<string, string | number>;

/** Replaces each placeholder in `template`; throws on a placeholder without a value so no "{code}" reaches a page. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)(?:\|([^}]+))?\}/g, (_, name: string, p?: string) => {
    if (!(name in vars)) throw new Error(`text: no value for {${name}} in "${template}"`);
    const value = String(vars[name]);
    return p ? withParticle(value, p as Particle) : value;
  });
}

/** Joins items as a reader would: "a, b and c" / "a, b, c". */
export function listOf(items: string[], locale: 'en' | 'ko', conjunction: 'and' | 'or' = 'and'): string {
  if (locale === 'ko') return items.join(', ');
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} ${conjunction} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items[items.length - 1]}`;
}

/** Upper-cases the first letter, for sentences that start with a composed phrase. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Longest description a search result shows whole. */
export const SNIPPET_MAX = 160;

/**
 * A description that fits a search snippet: the text itself when short enough, else its first sentence
 * (when that says enough, 50 characters or more), else the text cut at a word before the limit, with "…".
 */
export function snippet(text: string, max = SNIPPET_MAX): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const first = text.match(/^.+?[.!?。](?=\s|$)/u)?.[0];
  if (first && [...first].length >= 50 && [...first].length <= max) return first;
  const cut = chars.slice(0, max - 1).join('');
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:(]+$/, '')}…`;
}

/** Longest title a search result shows whole. */
export const TITLE_MAX = 60;

/** The first candidate that fits `max` characters, else the last one shortened to fit (see snippet). */
export function fitting(candidates: string[], max: number): string {
  return candidates.find((c) => [...c].length <= max) ?? snippet(candidates[candidates.length - 1]!, max);
}
