/**
 * The known texts of the software collection as JSON, one file per locale (/api/known-texts/{locale}.json), which
 * the session explainer's worker fetches on demand to name the software behind a reply or a client message,
 * with when each text is printed, in the reader's language.
 */
import type { KnownText } from './message-text';
import type { SoftwareData, SoftwareProse } from './content/schema';
import type { Locale } from './locales';

export interface KnownTextEntry extends KnownText {
  /** Servers send replies; clients print notes and errors. The explainer matches each only where it can appear. */
  kind: 'server' | 'client';
  /** When the software prints it, in the file's locale (from software-prose/{locale}/{id}.yaml). */
  when: string;
}

export interface KnownTextsFile {
  version: 1;
  locale: Locale;
  /** Software id → its name as its makers write it. */
  names: Record<string, string>;
  texts: KnownTextEntry[];
}

/** Builds one locale's file from the software entries and their prose ("en/vsftpd" → prose). */
export function knownTexts(software: readonly SoftwareData[], prose: ReadonlyMap<string, SoftwareProse>, locale: Locale): KnownTextsFile {
  const out: KnownTextsFile = { version: 1, locale, names: {}, texts: [] };
  for (const s of [...software].sort((a, b) => a.id.localeCompare(b.id))) {
    out.names[s.id] = s.name;
    const when = prose.get(`${locale}/${s.id}`)?.when ?? {};
    for (const m of s.messages)
      out.texts.push({ software: s.id, id: m.id, ...(m.code ? { code: m.code } : {}), text: m.text, ...(m.ko ? { ko: m.ko } : {}), kind: s.kind, when: when[m.id] ?? '' });
  }
  return out;
}
