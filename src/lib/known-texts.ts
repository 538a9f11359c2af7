/**
 * The known texts as the browser gets them: one JSON file per locale, fetched on the first search or lookup
 * (never inlined in pages). Arrays rather than objects keep the file small; this module writes and reads them.
 */
import type { KnownText } from './message-text';

/** A known text with what the lookup says about it in the page's language. */
export interface KnownMessage extends KnownText {
  kind: 'server' | 'client';
  /** The software's name as its makers write it. */
  name: string;
  /** When it is printed, in the file's locale; backticks mark code. */
  when: string;
  setting?: string;
}

/** [software index, message id, code, text, ko, when, setting] */
type Row = [number, string, string, string, string, string, string];

export interface KnownTextsFile {
  /** [id, name, kind] of each software the rows point at. */
  software: [string, string, 'server' | 'client'][];
  rows: Row[];
  /** Each code's title in the file's locale, so a recognised text's code page is listed before the index answers. */
  titles: Record<string, string>;
}

/** What the browser works with: the messages and the code titles. */
export interface KnownTexts {
  messages: KnownMessage[];
  titles: Record<string, string>;
}

/** Packs messages and code titles for the file. */
export function packKnown(messages: readonly KnownMessage[], titles: Record<string, string> = {}): KnownTextsFile {
  const software: KnownTextsFile['software'] = [];
  const index = new Map<string, number>();
  const rows = messages.map((m): Row => {
    let i = index.get(m.software);
    if (i === undefined) {
      i = software.push([m.software, m.name, m.kind]) - 1;
      index.set(m.software, i);
    }
    return [i, m.id, m.code ?? '', m.text, m.ko ?? '', m.when, m.setting ?? ''];
  });
  return { software, rows, titles };
}

/** Unpacks the file. */
export function unpackKnown(file: KnownTextsFile): KnownTexts {
  const messages = file.rows.map(([i, id, code, text, ko, when, setting]): KnownMessage => {
    const [software, name, kind] = file.software[i]!;
    return { software, name, kind, id, text, when, ...(code && { code }), ...(ko && { ko }), ...(setting && { setting }) };
  });
  return { messages, titles: file.titles ?? {} };
}

const loaded = new Map<string, Promise<KnownTexts>>();

/** Fetches the known texts of a locale once per page; nothing known if the file cannot be had. */
export function loadKnown(url: string): Promise<KnownTexts> {
  let p = loaded.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<KnownTextsFile>) : { software: [], rows: [], titles: {} }))
      .then(unpackKnown)
      .catch(() => ({ messages: [], titles: {} }));
    loaded.set(url, p);
  }
  return p;
}
