/**
 * Defects that composed or translated prose must not have: doubled words, English sentences on a
 * Korean page, empty sections, a Korean particle that does not fit the code before it. Used by the tests that
 * scan every built page and by the tests of generated sentences.
 */
import { particle, type Particle } from './particles';

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

const PAIRS: Record<string, Particle> = {
  은: '은/는', 는: '은/는', 이: '이/가', 가: '이/가', 을: '을/를', 를: '을/를', 과: '과/와', 와: '과/와', 으로: '으로/로', 로: '으로/로',
};

/** Every "code + particle" in a Korean text whose particle does not fit the code (`425`은 → 425는). */
export function particleMistakes(text: string): string[] {
  const out: string[] = [];
  const re = /(?:`(\d{3,5})`|<CodeLink code="(\d{3,5})"[^>]*\/>|(?<![\w`.])(\d{3,5}))(으로|은|는|이|가|을|를|과|와|로)(?=[\s,.;:!?)·]|$)/g;
  for (const m of text.matchAll(re)) {
    const code = m[1] ?? m[2] ?? m[3]!;
    const written = m[4]!;
    const right = particle(code, PAIRS[written]!);
    if (right !== written) out.push(`${m[0]} → ${code}${right}`);
  }
  return out;
}
