/**
 * Which English text a Korean file was written from. Korean prose and pair notes carry
 * `source: <stamp of the English file>`; when the English changes, the stamp no longer matches and a
 * content test names the Korean file to review (MDN's translations drift because nothing checks this).
 */
import { createHash } from 'node:crypto';

/** A short, stable stamp of an English file's text (line endings and trailing spaces ignored). */
export function sourceStamp(englishText: string): string {
  const normalized = englishText.replace(/\r\n/g, '\n').replace(/[ \t]+$/gm, '').trim();
  return createHash('sha256').update(normalized).digest('hex').slice(0, 10);
}

/** The `source:` value in a file's front matter, if any. */
export function readStamp(text: string): string | undefined {
  return text.match(/^---\r?\n[\s\S]*?^source: "?([0-9a-f]{10})"?\s*$/m)?.[1];
}

/** The file with its `source:` set to `stamp` (added at the end of the front matter if absent). */
export function writeStamp(text: string, stamp: string): string {
  if (readStamp(text)) return text.replace(/^source: "?[0-9a-f]{10}"?\s*$/m, `source: "${stamp}"`);
  return text.replace(/^(---\r?\n[\s\S]*?)(\r?\n---)/, `$1\nsource: "${stamp}"$2`);
}
