/** The machine-readable record of a code, served at /api/codes.json and /api/codes/{code}.json. */
import { commandsOf, defaultRetry, replyClass, replyGroup } from './codes';
import { LOCALES, type Locale } from './locales';
import { specUrl, SPECS, type SpecId } from './specs';
import type { CodeData, ProseData, SoftwareMessage } from './content/schema';
import type { MessageGroup, SoftwareEntry } from './messages/order';
import { PROSE_SECTIONS, DATA_SECTIONS } from './content/schema';

export interface ApiCode {
  code: string;
  class: string;
  group: string | null;
  status: CodeData['status'];
  retry: string;
  uses: { spec: string | null; rfc: number | null; section: string | null; text: string; commands: string[]; url: string | null }[];
  commands: string[];
  /** Every text that carries the code, servers first (the software collection, as on the code page). */
  messages: ApiCodeMessage[];
  related: string[];
  confused: string[];
  anchors: string[];
  locales: Record<Locale, { title: string; summary: string; url: string }>;
}

/** One message as a code's record lists it: which software prints it, the text, the versions and the setting. */
export interface ApiCodeMessage {
  software: string;
  name: string;
  kind: 'server' | 'client';
  /** The message id: its anchor on the software page. */
  id: string;
  text: string;
  ko: string | null;
  /** The versions the software entry covers, and the first and last that print this text where they differ. */
  versions: string;
  since: string | null;
  until: string | null;
  setting: string | null;
}

const messageFields = (m: SoftwareMessage) => ({
  id: m.id,
  text: m.text,
  ko: m.ko ?? null,
  since: m.since ?? null,
  until: m.until ?? null,
  setting: m.setting ?? null,
});

/** The messages of one code, from the groups the code page shows. */
export function apiMessages(groups: readonly MessageGroup[]): ApiCodeMessage[] {
  return groups.flatMap(({ software, messages }) =>
    messages.map((m) => {
      const { id, ...rest } = messageFields(m);
      return { software: software.id, name: software.data.name, kind: software.data.kind, id, versions: software.data.versions, ...rest };
    }),
  );
}

/** One software as /api/software.json lists it, with its page in every locale. */
export function apiSoftware(entry: SoftwareEntry, url: (locale: Locale) => string) {
  const { data } = entry;
  return {
    id: entry.id,
    name: data.name,
    kind: data.kind,
    versions: data.versions,
    source: data.source,
    messages: data.messages.map((m) => ({ ...messageFields(m), code: m.code ?? null })),
    locales: Object.fromEntries(LOCALES.map((l) => [l, { about: entry.prose[l].about, url: url(l) }])) as Record<Locale, { about: string; url: string }>,
  };
}

/** Builds one code's record; `url` turns (locale, code) into the page's absolute URL. */
export function apiRecord(
  data: CodeData,
  prose: Record<Locale, ProseData>,
  url: (locale: Locale, code: string) => string,
  messages: ApiCodeMessage[] = [],
): ApiCode {
  return {
    code: data.code,
    class: replyClass(data.code),
    group: replyGroup(data.code) ?? null,
    status: data.status,
    retry: data.retry ?? defaultRetry(data.code),
    uses: data.uses.map((u) => ({
      spec: u.spec === 'none' ? null : u.spec,
      rfc: u.spec === 'none' ? null : SPECS[u.spec as SpecId].rfc,
      section: u.section ?? null,
      text: u.text,
      commands: u.commands,
      greeting: u.greeting,
      url: u.spec === 'none' ? null : specUrl(u.spec as SpecId, u.section),
    })),
    commands: commandsOf(data.uses),
    messages,
    related: data.related,
    confused: data.confused,
    anchors: [...PROSE_SECTIONS, ...DATA_SECTIONS],
    locales: Object.fromEntries(
      LOCALES.map((l) => [l, { title: prose[l].title, summary: prose[l].summary, url: url(l, data.code) }]),
    ) as ApiCode['locales'],
  };
}
