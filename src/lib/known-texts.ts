/**
 * The known texts of the software collection as JSON, one file per locale (/api/known-texts/{locale}.json), fetched
 * on first use by the header search, the reply lookup and the session explainer (never part of a page): each text
 * with its software, kind, setting and when it is printed in the reader's language, and each code's title.
 */
import type { KnownText } from './message-text';
import type { SoftwareData, SoftwareProse } from './content/schema';
import type { Locale } from './locales';

export interface KnownTextEntry extends KnownText {
  /** Servers send replies; clients print notes and errors. */
  kind: 'server' | 'client';
  /** When the software prints it, in the file's locale (from software-prose/{locale}/{id}.yaml); backticks mark code. */
  when: string;
  /** The directive or option behind it, as written in the configuration. */
  setting?: string;
}

export interface KnownTextsFile {
  version: 1;
  locale: Locale;
  /** Software id → its name as its makers write it. */
  names: Record<string, string>;
  texts: KnownTextEntry[];
  /** Code → its title in the file's locale, so the search can list a recognised text's code page before the index answers. */
  titles: Record<string, string>;
  /** Reply class → its label at a glance in the file's locale (lib/codes classLook), for the search results' badges. */
  classes?: Record<string, string>;
}

/** Builds one locale's file from the software entries and their prose ("en/vsftpd" → prose) and the codes' titles. */
export function knownTexts(
  software: readonly SoftwareData[],
  prose: ReadonlyMap<string, SoftwareProse>,
  locale: Locale,
  titles: Record<string, string> = {},
  classes: Record<string, string> = {},
): KnownTextsFile {
  const out: KnownTextsFile = { version: 1, locale, names: {}, texts: [], titles, classes };
  for (const s of [...software].sort((a, b) => a.id.localeCompare(b.id))) {
    out.names[s.id] = s.name;
    const when = prose.get(`${locale}/${s.id}`)?.when ?? {};
    for (const m of s.messages)
      out.texts.push({
        software: s.id,
        id: m.id,
        ...(m.code ? { code: m.code } : {}),
        text: m.text,
        ...(m.ko ? { ko: m.ko } : {}),
        kind: s.kind,
        when: when[m.id] ?? '',
        ...(m.setting ? { setting: m.setting } : {}),
      });
  }
  return out;
}

/** A known text with its software's name, as the search and the lookup show it. */
export interface KnownMessage extends KnownTextEntry {
  name: string;
}

/** What the browser works with: the messages, the code titles and the class labels. */
export interface KnownTexts {
  messages: KnownMessage[];
  titles: Record<string, string>;
  classes: Record<string, string>;
}

/** The file as the search and the lookup read it. */
export function readKnown(file: KnownTextsFile): KnownTexts {
  return { messages: file.texts.map((t) => ({ ...t, name: file.names[t.software] ?? t.software })), titles: file.titles ?? {}, classes: file.classes ?? {} };
}

const loaded = new Map<string, Promise<KnownTexts>>();

/** Fetches a locale's known texts once per page; nothing known if the file cannot be had. */
export function loadKnown(url: string): Promise<KnownTexts> {
  let p = loaded.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<KnownTextsFile>) : undefined))
      .then((file) => (file ? readKnown(file) : { messages: [], titles: {}, classes: {} }))
      .catch(() => ({ messages: [], titles: {}, classes: {} }));
    loaded.set(url, p);
  }
  return p;
}
