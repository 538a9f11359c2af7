// The software collection read straight from its YAML files, for unit tests that check references into it.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CollectionText } from '../../src/lib/compare-pair';

const collection = new Map<string, CollectionText>();
for (const f of readdirSync('src/content/software')) {
  const entry = parse(readFileSync(`src/content/software/${f}`, 'utf8'));
  for (const m of entry.messages) collection.set(`${entry.id}/${m.id}`, { name: entry.name, code: m.code, text: m.text, since: m.since, until: m.until });
}

/** One text of the collection; throws when the software or message id does not exist. */
export function lookup(software: string, message: string): CollectionText {
  const m = collection.get(`${software}/${message}`);
  if (!m) throw new Error(`no ${software}/${message} in src/content/software`);
  return m;
}
