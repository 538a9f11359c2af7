/**
 * Recognises a printed text among the known messages of the software collection: a message's text with its
 * {placeholders} becomes a pattern, and a pasted line matches it whatever file name, user or address filled them.
 * Used by the reply lookup, the search and the session explainer; runs in the browser too, so it imports nothing.
 */

/** One known text, as the software collection has it (placeholders such as {path} for the variable parts). */
export interface KnownText {
  /** Software id ("vsftpd") and message id ("max-per-ip"): together the anchor of the message. */
  software: string;
  id: string;
  /** The reply code it carries or maps to, if any. */
  code?: string;
  text: string;
  /** The product's Korean translation of the text, for clients that ship one. */
  ko?: string;
}

export interface TextMatch<K extends KnownText = KnownText> {
  known: K;
  /** How much of the pattern is fixed text: a longer literal part is the more specific match. */
  literal: number;
  /** True when the pasted code is the message's own code. */
  sameCode: boolean;
}

const cache = new Map<string, RegExp>();

/** Folds what pasting changes: curly quotes, runs of white space, case, and the final full stop. */
export function foldText(s: string): string {
  return s
    .replace(/[‘’´`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!。]+$/, '')
    .toLowerCase();
}

/** The pattern for a text with placeholders: placeholders match any run of characters, the rest literally. */
export function textPattern(text: string): RegExp {
  let re = cache.get(text);
  if (!re) {
    const body = foldText(text)
      .split(/(\{[a-z][a-z0-9_]*\})/)
      .map((part, i) => (i % 2 ? '.+?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`, 'su');
    cache.set(text, re);
  }
  return re;
}

const anchors = new Map<string, string>();

/**
 * The longest fixed part of a text, folded: a line that does not contain it cannot match, so most of the
 * thousands of patterns are ruled out by a substring test before a regular expression is built for them.
 */
function anchorOf(text: string): string {
  let a = anchors.get(text);
  if (a === undefined) {
    a = foldText(text)
      .split(/\{[a-z][a-z0-9_]*\}/)
      .reduce((best, part) => (part.length > best.length ? part : best), '');
    anchors.set(text, a);
  }
  return a;
}

/** Length of the fixed part of a text, placeholders left out. */
function literalLength(text: string): number {
  return text.replace(/\{[a-z][a-z0-9_]*\}/g, '').length;
}

/**
 * The known texts a printed line matches (in English or, where the product ships one, its Korean translation),
 * best first: the pasted code's own messages, then the most specific pattern.
 */
export function matchText<K extends KnownText>(line: string, known: readonly K[], code?: string): TextMatch<K>[] {
  const folded = foldText(line);
  if (!folded) return [];
  const out: TextMatch<K>[] = [];
  for (const k of known) {
    const hit = [k.text, k.ko].find((t) => t !== undefined && folded.includes(anchorOf(t)) && textPattern(t).test(folded));
    if (hit !== undefined) out.push({ known: k, literal: literalLength(hit), sameCode: !!code && k.code === code });
  }
  return out.sort((a, b) => Number(b.sameCode) - Number(a.sameCode) || b.literal - a.literal);
}

/** Below this much fixed text a pattern ("{reply}", "{path}: {error}") says nothing about where a line comes from. */
const MIN_LITERAL = 6;

/**
 * The known texts any of several forms of one pasted line matches (the line as printed, without its client prefix,
 * without its code), each once with its most specific form; the pasted code's own texts first, then the most specific.
 */
export function matchLines<K extends KnownText>(lines: readonly string[], known: readonly K[], code?: string): TextMatch<K>[] {
  const best = new Map<K, TextMatch<K>>();
  for (const line of lines)
    for (const m of matchText(line, known, code)) {
      if (m.literal < MIN_LITERAL) continue;
      const prev = best.get(m.known);
      if (!prev || m.literal > prev.literal) best.set(m.known, m);
    }
  return [...best.values()].sort((a, b) => Number(b.sameCode) - Number(a.sameCode) || b.literal - a.literal);
}
