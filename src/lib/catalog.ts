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

export interface CommandEntry {
  command: string;
  facts: CollectionEntry<'commands'>['data'];
  text: Record<Locale, { name: string; summary: string }>;
  /** The codes that can answer it, numerically, with the specs that say so. */
  replies: { code: string; specs: string[] }[];
}

let commandCache: Promise<CommandEntry[]> | undefined;

/** Every FTP command, alphabetically, with its name per locale and the codes that can answer it. */
export function getCommands(): Promise<CommandEntry[]> {
  commandCache ??= (async () => {
    const [facts, texts, catalog] = await Promise.all([getCollection('commands'), getCollection('commandText'), getCatalog()]);
    const text = Object.fromEntries(texts.map((t) => [t.id, t.data])) as Record<Locale, Record<string, { name: string; summary: string }>>;
    return facts
      .map((f) => ({
        command: f.id,
        facts: f.data,
        text: Object.fromEntries(LOCALES.map((l) => [l, text[l]![f.id]!])) as CommandEntry['text'],
        replies: catalog
          .map((e) => ({ code: e.code, specs: [...new Set(e.data.uses.filter((u) => u.commands.some((c) => c.split(' ')[0] === f.id)).map((u) => u.spec))] }))
          .filter((r) => r.specs.length > 0),
      }))
      .sort((a, b) => a.command.localeCompare(b.command));
  })();
  return commandCache;
}
