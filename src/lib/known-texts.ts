/**
 * The known texts of the software collection as one JSON file (/api/known-texts.json) that the session explainer's
 * worker fetches on demand to name the software behind a reply, with when each text is printed in every locale.
 */
import type { KnownText } from './message-text';
import type { SoftwareData, SoftwareProse } from './content/schema';
import { LOCALES, type Locale } from './locales';

export interface KnownTextEntry extends KnownText {
  /** When the software prints it, per locale (from software-prose/{locale}/{id}.yaml). */
  when: Record<Locale, string>;
}

export interface KnownTextsFile {
  version: 1;
  software: Record<string, { name: string; kind: 'server' | 'client' }>;
  texts: KnownTextEntry[];
}

/** Builds the file from the software entries and their prose ("en/vsftpd" → prose). */
export function knownTexts(software: readonly SoftwareData[], prose: ReadonlyMap<string, SoftwareProse>): KnownTextsFile {
  const out: KnownTextsFile = { version: 1, software: {}, texts: [] };
  for (const s of [...software].sort((a, b) => a.id.localeCompare(b.id))) {
    out.software[s.id] = { name: s.name, kind: s.kind };
    for (const m of s.messages) {
      const when = Object.fromEntries(LOCALES.map((l) => [l, prose.get(`${l}/${s.id}`)?.when[m.id] ?? ''])) as Record<Locale, string>;
      out.texts.push({ software: s.id, id: m.id, ...(m.code ? { code: m.code } : {}), text: m.text, ...(m.ko ? { ko: m.ko } : {}), when });
    }
  }
  return out;
}
