/** Looks up a text in the software collection by software id and message id, for transcripts and server lists. */
import { getCollection } from 'astro:content';
import type { CollectionText, TextLookup } from './compare-pair';

let cache: Promise<TextLookup> | undefined;

/** A lookup over every software entry; throws on an unknown id so a stale reference fails the build. */
export function getTextLookup(): Promise<TextLookup> {
  cache ??= getCollection('software').then((entries) => {
    const byKey = new Map<string, CollectionText>();
    for (const e of entries)
      for (const m of e.data.messages)
        byKey.set(`${e.data.id}/${m.id}`, { name: e.data.name, code: m.code, text: m.text, since: m.since, until: m.until } as CollectionText);
    return (software: string, message: string) => {
      const found = byKey.get(`${software}/${message}`);
      if (!found) throw new Error(`src/content/software/${software}.yaml: messages: no message with id "${message}" (named by src/lib/session-model/)`);
      return found;
    };
  });
  return cache;
}
