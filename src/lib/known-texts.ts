/**
 * The known texts of the software collection as JSON, two files per locale, fetched on first use (never part of a
 * page): /api/known-texts/{locale}.json has each text with its software, kind, setting and when it is printed in the
 * reader's language, for the reply lookup and the session explainer; /api/search-texts/{locale}.json has the same
 * texts without the prose (a fifth of the size), for the header search, which only needs to recognise a text and
 * name its code page and software. Both carry each code's title and are built here, the search file from the full one.
 */
import type { KnownText } from './message-text';
import type { SoftwareData, SoftwareProse } from './content/schema';
import type { Locale } from './locales';

/** A known text as the header search needs it. */
export interface SearchTextEntry extends KnownText {
  /** Servers send replies; clients print notes and errors. */
  kind: 'server' | 'client';
}

export interface KnownTextEntry extends SearchTextEntry {
  /** When the software prints it, in the file's locale (from software-prose/{locale}/{id}.yaml); backticks mark code. */
  when: string;
  /** The directive or option behind it, as written in the configuration. */
  setting?: string;
}

export interface KnownTextsFile<E extends SearchTextEntry = KnownTextEntry> {
  version: 1;
  locale: Locale;
  /** Software id → its name as its makers write it. */
  names: Record<string, string>;
  texts: E[];
  /** Code → its title in the file's locale, so the search can list a recognised text's code page before the index answers. */
  titles: Record<string, string>;
  /** Reply class → its label at a glance in the file's locale (lib/codes classLook), for the search results' badges. */
  classes?: Record<string, string>;
}

/** The header search's file: the known texts without situations and settings. */
export type SearchTextsFile = KnownTextsFile<SearchTextEntry>;

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

/** The search file, from the full one: the same texts in the same order, without the prose. */
export function searchTexts(file: KnownTextsFile): SearchTextsFile {
  return { ...file, texts: file.texts.map(({ software, id, code, text, ko, kind }) => ({ software, id, ...(code ? { code } : {}), text, ...(ko ? { ko } : {}), kind })) };
}

/** A known text with its software's name, as the search and the lookup show it. */
export type KnownMessage<E extends SearchTextEntry = KnownTextEntry> = E & { name: string };

/** What the browser works with: the messages, the code titles and the class labels. */
export interface KnownTexts<E extends SearchTextEntry = KnownTextEntry> {
  messages: KnownMessage<E>[];
  titles: Record<string, string>;
  classes: Record<string, string>;
}

/** The file as the search and the lookup read it. */
export function readKnown<E extends SearchTextEntry = KnownTextEntry>(file: KnownTextsFile<E>): KnownTexts<E> {
  return { messages: file.texts.map((t) => ({ ...t, name: file.names[t.software] ?? t.software })), titles: file.titles ?? {}, classes: file.classes ?? {} };
}

const loaded = new Map<string, Promise<KnownTexts<SearchTextEntry>>>();

/** Fetches a known-texts file once per page (either kind: the URL says which); nothing known if it cannot be had. */
export function loadKnown<E extends SearchTextEntry = KnownTextEntry>(url: string): Promise<KnownTexts<E>> {
  let p = loaded.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<KnownTextsFile<E>>) : undefined))
      .then((file) => (file ? readKnown(file) : { messages: [], titles: {}, classes: {} }))
      .catch(() => ({ messages: [], titles: {}, classes: {} }));
    loaded.set(url, p);
  }
  return p as Promise<KnownTexts<E>>;
}
