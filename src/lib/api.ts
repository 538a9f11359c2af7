/** The machine-readable record of a code, served at /api/codes.json and /api/codes/{code}.json. */
import { commandsOf, defaultRetry, replyClass, replyGroup } from './codes';
import { LOCALES, type Locale } from './locales';
import { specUrl, SPECS, type SpecId } from './specs';
import type { CodeData, ProseData } from './content/schema';
import { PROSE_SECTIONS, DATA_SECTIONS } from './content/schema';

export interface ApiCode {
  code: string;
  class: string;
  group: string | null;
  status: CodeData['status'];
  retry: string;
  uses: { spec: string | null; rfc: number | null; section: string | null; text: string; commands: string[]; url: string | null }[];
  commands: string[];
  messages: CodeData['messages'];
  related: string[];
  confused: string[];
  anchors: string[];
  locales: Record<Locale, { title: string; summary: string; url: string }>;
}

/** Builds one code's record; `url` turns (locale, code) into the page's absolute URL. */
export function apiRecord(data: CodeData, prose: Record<Locale, ProseData>, url: (locale: Locale, code: string) => string): ApiCode {
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
    messages: data.messages,
    related: data.related,
    confused: data.confused,
    anchors: [...PROSE_SECTIONS, ...DATA_SECTIONS],
    locales: Object.fromEntries(
      LOCALES.map((l) => [l, { title: prose[l].title, summary: prose[l].summary, url: url(l, data.code) }]),
    ) as ApiCode['locales'],
  };
}
