/**
 * Defects that composed or translated prose must not have: doubled words, English sentences on a
 * Korean page, empty sections. Used by the tests that scan every built page.
 */
import type { HTMLElement } from 'node-html-parser';
import { lastSpokenWord, particle, particleAfter, readingBatchim, type Particle } from './particles';

/** "the the", "is is", "응답 응답": the same word twice in a row (numbers excepted: "425 425" can be data). */
export function doubledWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_-])([\p{L}][\p{L}'’]*)\s+\1(?![\p{L}\p{N}_-])/giu)) out.push(m[0]);
  return out;
}

/**
 * Runs of four or more English words outside code and quotation marks: on a Korean page, that is an
 * untranslated sentence. Quoted text is a reply or message cited verbatim; a comma-separated list of names is not a sentence.
 */
export function englishRuns(text: string): string[] {
  // Markdown's smart quotes may turn both marks of a quotation that touches Hangul into the same one, so any pair counts.
  const unquoted = text.replace(/["“”][^"“”]*["“”]|[‘’'][^‘’']*[‘’']|「[^」]*」/g, ' ▪ ');
  return [...unquoted.matchAll(/\b[A-Za-z][a-z']*(?: [A-Za-z][a-z']*){3,}\b/g)].map((m) => m[0]);
}

/** Marks around the text of an inline code element in a reading block, so checks can tell verbatim text apart. */
export const CODE_OPEN = '⟦';
export const CODE_CLOSE = '⟧';
const EM_OPEN = '\uE010';
const EM_CLOSE = '\uE011';
const VERBATIM_INLINE = 'code, kbd, samp';

/**
 * The reading text of an element, one block (paragraph, list item, heading, table cell) per entry. Inline code and
 * parts marked as another language stay, between ⟦ and ⟧; code blocks become a mark (▪), so the words around them
 * do not run together.
 */
export function readingBlocks(root: HTMLElement, lang: string): string[] {
  const main = (root.querySelector('main') ?? root).clone() as HTMLElement;
  // The parser keeps <noscript> as raw text; read what it holds as markup.
  for (const el of main.querySelectorAll('noscript')) el.replaceWith(el.innerHTML);
  for (const el of main.querySelectorAll('pre, script, style, [translate="no"]')) el.replaceWith(' ▪ ');
  // Text marked as another language is verbatim, like code: kept for the particle after it, left out of prose checks.
  for (const el of main.querySelectorAll(`[lang]:not([lang="${lang}"])`)) el.replaceWith(escapeHtml(`${CODE_OPEN}${el.text.replace(/[⟦⟧]/g, '')}${CODE_CLOSE}`));
  for (const el of main.querySelectorAll(VERBATIM_INLINE)) el.replaceWith(escapeHtml(`${CODE_OPEN}${el.text.replace(/[⟦⟧]/g, '')}${CODE_CLOSE}`));
  // Emphasis marks where a label ends, so the particle after it can be checked too (*암호화*를).
  for (const el of main.querySelectorAll('em, strong')) if (!el.querySelector('em, strong')) el.replaceWith(`${EM_OPEN}${el.innerHTML}${EM_CLOSE}`);
  return main.structuredText.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A reading block without its inline code: what the checks for prose defects read. */
export function withoutCode(block: string): string {
  return block.replace(/⟦[^⟧]*⟧/g, ' ▪ ').replace(/[\uE010\uE011]/g, '');
}

const around = (text: string, i: number, n = 1) => text.slice(Math.max(0, i - 20), i + n + 20);

/** Markdown that did not render: a literal *, _ or backtick in the reading text (code excluded). */
export function markupLeftovers(block: string): string[] {
  const text = withoutCode(block);
  return [...text.matchAll(/\*+|`+|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu)].map((m) => `literal ${m[0]} in "${around(text, m.index, m[0].length)}"`);
}

/**
 * Quotation marks that do not pair up: a straight " where a curly one belongs, a closing mark before any opening
 * one, an opening mark never closed. Single marks are not counted (’ is also the apostrophe), only checked for
 * facing: ‘ right before Hangul is a closing mark turned the wrong way.
 */
export function quoteProblems(block: string): string[] {
  const text = withoutCode(block);
  const out: string[] = [];
  let open = -1;
  for (const m of text.matchAll(/["“”]/g)) {
    const i = m.index;
    if (m[0] === '"') out.push(`straight quote in "${around(text, i)}"`);
    else if (m[0] === '“') {
      if (open >= 0) out.push(`opening quote inside a quotation (a closing one turned the wrong way?) in "${around(text, i)}"`);
      open = i;
    } else {
      if (open < 0) out.push(`closing quote without an opening one in "${around(text, i)}"`);
      open = -1;
    }
  }
  if (open >= 0) out.push(`quotation never closed in "${around(text, open)}"`);
  for (const m of text.matchAll(/(?<=[\p{L}\p{N}.,!?)])‘(?=[\p{Script=Hangul}\s.,)]|$)/gu)) out.push(`opening quote after a word in "${around(text, m.index)}"`);
  return out;
}

const PARTICLE: Record<string, Particle> = {
  은: '은/는', 는: '은/는', 이: '이/가', 가: '이/가', 을: '을/를', 를: '을/를', 과: '과/와', 와: '과/와',
  으로: '으로/로', 로: '으로/로', 이나: '이나/나', 나: '이나/나',
};

/**
 * Particles that do not agree with the code span, Latin word, number or quotation right before them, as read
 * aloud (src/lib/particles.ts), and particles after a word whose reading is unknown (reword, or teach particles.ts).
 */
export function particleMistakes(block: string): string[] {
  const out: string[] = [];
  const re =
    /(⟦[^⟧]*⟧|\uE010[^\uE011]*\uE011|“[^“”]*”|[A-Za-z0-9][\w.+-]*[A-Za-z0-9]|[A-Za-z0-9])(\([^()]*\))?(으로|이나|은|는|이|가|을|를|과|와|로|나)(?![\p{Script=Hangul}])/gu;
  for (const m of block.matchAll(re)) {
    const [, word, , written] = m as unknown as [string, string, string | undefined, string];
    // A Latin word glued to Hangul before it ("윈도우10이") is part of a Korean word; leave it to the writer.
    if (!/^[⟦“\uE010]/u.test(word) && /\p{Script=Hangul}$/u.test(block.slice(0, m.index))) continue;
    // Inside emphasis, code keeps its marks out of the way: the last thing read is what counts.
    const inner = word.replace(/^[⟦“\uE010]|[⟧”\uE011]$/gu, '').replace(/[⟦⟧]/g, '');
    const spoken = lastSpokenWord(inner);
    let right: string;
    try {
      right = particleAfter(readingBatchim(inner), PARTICLE[written]!);
    } catch (e) {
      out.push(`${(e as Error).message.replace(/^particles: /, '')}: "${spoken}" before ${written} in "${block.slice(Math.max(0, m.index - 10), m.index + m[0].length + 10)}"`);
      continue;
    }
    if (right !== written) out.push(`${m[0]} → …${right} (read "${spoken}") in "${block.slice(Math.max(0, m.index - 10), m.index + m[0].length + 10)}"`);
  }
  return out;
}

const CODE_PARTICLES: Record<string, Particle> = {
  은: '은/는', 는: '은/는', 이: '이/가', 가: '이/가', 을: '을/를', 를: '을/를', 과: '과/와', 와: '과/와', 으로: '으로/로', 로: '으로/로',
};

/**
 * Every "code + particle" in Korean source text (MDX, a dictionary template) whose particle does not fit the code
 * (`425`은 → 425는, <CodeLink code="421" />는 → 421은). particleMistakes does the same, more widely, on rendered text.
 */
export function codeParticleMistakes(text: string): string[] {
  const out: string[] = [];
  const re = /(?:`(\d{3,5})`|<CodeLink code="(\d{3,5})"[^>]*\/>|(?<![\w`.])(\d{3,5}))(으로|은|는|이|가|을|를|과|와|로)(?=[\s,.;:!?)·]|$)/g;
  for (const m of text.matchAll(re)) {
    const code = m[1] ?? m[2] ?? m[3]!;
    const written = m[4]!;
    const right = particle(code, CODE_PARTICLES[written]!);
    if (right !== written) out.push(`${m[0]} → ${code}${right}`);
  }
  return out;
}

