/**
 * The software collection joined once with its situations per locale: every page, the JSON API and the
 * known-texts file read messages from here (nothing else lists them). Ordering rules live in ./order.ts.
 */
import { getCollection } from 'astro:content';
import { LOCALES, type Locale } from '../locales';
import type { SoftwareProse } from '../content/schema';
import { compareSoftware, groupsForCode, type MessageGroup, type SoftwareEntry } from './order';

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

/** Every message carrying `code`, grouped by software: servers first, newest texts first. */
export async function getMessagesForCode(code: string): Promise<MessageGroup[]> {
  return groupsForCode(await getSoftware(), code);
}

/** The names of the software that send `code`, servers first (comparison pages name them for non-standard codes). */
export async function getSendersOf(code: string): Promise<string[]> {
  return (await getMessagesForCode(code)).map((g) => g.software.data.name);
}
