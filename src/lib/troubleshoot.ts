/** Symptoms and guides, joined once from their collections: facts with the words of every locale. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALES, type Locale } from './locales';

export interface SymptomEntry {
  slug: string;
  data: CollectionEntry<'symptoms'>['data'];
  prose: Record<Locale, CollectionEntry<'symptomProse'>>;
}

export interface GuideEntry {
  slug: string;
  prose: Record<Locale, CollectionEntry<'guides'>>;
}

/** The entries of a per-locale collection by slug, every locale present (the content guard made sure). */
function byLocale<T extends { id: string }>(entries: T[], slug: string, where: string): Record<Locale, T> {
  const map = new Map(entries.map((e) => [e.id, e]));
  return Object.fromEntries(
    LOCALES.map((l) => {
      const e = map.get(`${l}/${slug}`);
      if (!e) throw new Error(`src/content/${where}/${l}/${slug}.mdx: file: missing`);
      return [l, e];
    }),
  ) as Record<Locale, T>;
}

let symptoms: Promise<SymptomEntry[]> | undefined;
/** Every symptom in its order. */
export function getSymptoms(): Promise<SymptomEntry[]> {
  symptoms ??= (async () => {
    const [facts, prose] = await Promise.all([getCollection('symptoms'), getCollection('symptomProse')]);
    return facts.map((f) => ({ slug: f.id, data: f.data, prose: byLocale(prose, f.id, 'symptoms') })).sort((a, b) => a.data.order - b.data.order);
  })();
  return symptoms;
}

let guides: Promise<GuideEntry[]> | undefined;
/** Every guide in its order. */
export function getGuides(): Promise<GuideEntry[]> {
  guides ??= (async () => {
    const all = await getCollection('guides');
    const slugs = [...new Set(all.map((g) => g.id.split('/')[1]!))];
    return slugs.map((slug) => ({ slug, prose: byLocale(all, slug, 'guides') })).sort((a, b) => a.prose.en.data.order - b.prose.en.data.order);
  })();
  return guides;
}

/** The symptoms that list `code` among their typical codes. */
export async function symptomsWithCode(code: string): Promise<SymptomEntry[]> {
  return (await getSymptoms()).filter((s) => s.data.codes.includes(code));
}

/** The guides that explain `code` in context: those whose English text links to its page. */
export async function guidesWithCode(code: string): Promise<GuideEntry[]> {
  return (await getGuides()).filter((g) => (g.prose.en.body ?? '').includes(`<CodeLink code="${code}"`));
}
