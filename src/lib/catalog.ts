/** The reply codes with their facts and prose, joined once from the content collections. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareCodes } from './codes';
import { LOCALES, type Locale } from './locales';

export interface CodeEntry {
  code: string;
  data: CollectionEntry<'codes'>['data'];
  prose: Record<Locale, CollectionEntry<'prose'>>;
}

let cache: Promise<CodeEntry[]> | undefined;

/** Every code, numerically sorted, with its prose in each locale (the content guard made sure both exist). */
export function getCatalog(): Promise<CodeEntry[]> {
  cache ??= (async () => {
    const [codes, prose] = await Promise.all([getCollection('codes'), getCollection('prose')]);
    const byId = new Map(prose.map((p) => [p.id, p]));
    return codes
      .map((c) => ({
        code: c.data.code,
        data: c.data,
        prose: Object.fromEntries(
          LOCALES.map((l) => {
            const p = byId.get(`${l}/${c.data.code}`);
            if (!p) throw new Error(`src/content/prose/${l}/${c.data.code}.mdx: file: missing`);
            return [l, p];
          }),
        ) as Record<Locale, CollectionEntry<'prose'>>,
      }))
      .sort((a, b) => compareCodes(a.code, b.code));
  })();
  return cache;
}

/** One code's entry; throws on an unknown code so a broken link fails the build. */
export async function getCode(code: string): Promise<CodeEntry> {
  const entry = (await getCatalog()).find((e) => e.code === code);
  if (!entry) throw new Error(`unknown reply code "${code}"`);
  return entry;
}

/** Hand-written notes on a confused pair, in one locale, if any. */
export async function getPairNotes(locale: Locale, low: string, high: string) {
  const all = await getPairNotesIndex();
  return all.get(`${locale}/${low}-vs-${high}`);
}

let pairCache: Promise<Map<string, CollectionEntry<'pairs'>>> | undefined;
function getPairNotesIndex() {
  pairCache ??= getCollection('pairs').then((list) => new Map(list.map((p) => [p.id, p])));
  return pairCache;
}

/**
 * Codes commonly confused with `code`: those its facts name, then those it has hand-written pair notes with.
 * Pair notes are the one place a confused pair is written down, so a note alone is enough to list it.
 */
export async function getConfused(code: string): Promise<string[]> {
  const entry = await getCode(code);
  const fromNotes = [...(await getPairNotesIndex()).keys()]
    .filter((id) => id.startsWith('en/'))
    .map((id) => id.slice(3).split('-vs-'))
    .filter((pair) => pair.includes(code))
    .map((pair) => (pair[0] === code ? pair[1]! : pair[0]!));
  return [...new Set([...entry.data.confused, ...fromNotes.sort(compareCodes)])];
}
