/**
 * The software collection joined once with its situations per locale: every page, the JSON API and the
 * known-texts file read messages from here (nothing else lists them). Ordering rules live in ./order.ts.
 */
import { getCollection } from 'astro:content';
import { LOCALES, type Locale } from '../locales';
import type { SoftwareProse } from '../content/schema';
import { compareSoftware, groupsForCode, type MessageGroup, type SoftwareEntry } from './order';
import type { CollectionText, TextLookup } from '../compare-pair';
import { modelCodeOf } from '../content/clones';
import { getCatalog } from '../catalog';
import { knownTexts, type KnownTextsFile } from '../known-texts';
import { classLook, REPLY_CLASSES_ALL } from '../codes';
import { useTranslations } from '../../i18n';

export * from './order';

let cache: Promise<SoftwareEntry[]> | undefined;

/** Every software, servers first then clients, each with its `about` and `when` in every locale. */
export function getSoftware(): Promise<SoftwareEntry[]> {
  cache ??= (async () => {
    const [software, prose] = await Promise.all([getCollection('software'), getCollection('softwareProse')]);
    const byId = new Map(prose.map((p) => [p.id, p.data]));
    return software
      .map((s) => ({
        id: s.data.id,
        data: s.data,
        prose: Object.fromEntries(
          LOCALES.map((l) => {
            const p = byId.get(`${l}/${s.data.id}`);
            if (!p) throw new Error(`src/content/software-prose/${l}/${s.data.id}.yaml: file: missing`);
            return [l, p];
          }),
        ) as Record<Locale, SoftwareProse>,
      }))
      .sort(compareSoftware);
  })();
  return cache;
}

/** Servers or clients, by name. */
export async function getSoftwareOfKind(kind: 'server' | 'client'): Promise<SoftwareEntry[]> {
  return (await getSoftware()).filter((s) => s.data.kind === kind);
}

const groupsCache = new Map<string, Promise<MessageGroup[]>>();

/**
 * Every message carrying `code`, grouped by software: servers first, newest texts first. Computed once per code:
 * every comparison page asks for both of its codes, thousands of times in a build. A bench clone gets its source's.
 */
export function getMessagesForCode(code: string): Promise<MessageGroup[]> {
  let groups = groupsCache.get(code);
  if (!groups) groupsCache.set(code, (groups = getSoftware().then((software) => groupsForCode(software, modelCodeOf(code)))));
  return groups;
}

/** The names of the software that send `code`, servers first (comparison pages name them for non-standard codes). */
export async function getSendersOf(code: string): Promise<string[]> {
  return (await getMessagesForCode(code)).map((g) => g.software.data.name);
}

/**
 * One message by software id and message id, for the comparison pages' transcripts and server lists; an unknown id
 * throws, so a stale reference in the session model fails the build.
 */
let lookupCache: Promise<TextLookup> | undefined;
export function getTextLookup(): Promise<TextLookup> {
  lookupCache ??= getSoftware().then((software) => {
    const byKey = new Map<string, CollectionText>();
    for (const s of software)
      for (const m of s.data.messages) byKey.set(`${s.id}/${m.id}`, { name: s.data.name, code: m.code, text: m.text, since: m.since, until: m.until } as CollectionText);
    return (id: string, message: string) => {
      const found = byKey.get(`${id}/${message}`);
      if (!found) throw new Error(`src/content/software/${id}.yaml: messages: no message with id "${message}" (named by src/lib/session-model/)`);
      return found;
    };
  });
  return lookupCache;
}

const knownFiles = new Map<Locale, Promise<KnownTextsFile>>();

/** A locale's known-texts file (/api/known-texts/{locale}.json); the search file is made from it, so it is built once. */
export function getKnownTextsFile(locale: Locale): Promise<KnownTextsFile> {
  let file = knownFiles.get(locale);
  if (!file) knownFiles.set(locale, (file = buildKnownTextsFile(locale)));
  return file;
}

async function buildKnownTextsFile(locale: Locale): Promise<KnownTextsFile> {
  const software = await getSoftware();
  const prose = new Map(software.flatMap((s) => Object.entries(s.prose).map(([l, p]) => [`${l}/${s.id}`, p] as const)));
  const titles = Object.fromEntries((await getCatalog()).map((e) => [e.code, e.prose[locale].data.title]));
  const t = useTranslations(locale);
  const classes = Object.fromEntries(REPLY_CLASSES_ALL.map((c) => [c, t(classLook(c).label)]));
  return knownTexts(software.map((s) => s.data), prose, locale, titles, classes);
}
