/**
 * Defects that composed or translated prose must not have: doubled words, English sentences on a
 * Korean page, empty sections. Used by the tests that scan every built page.
 */

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
