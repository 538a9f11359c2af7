/**
 * The session explainer's whole job, without a DOM: read the log (formats), group and pair it (transcript),
 * decode data addresses (decode), name what went wrong (diagnose), and recognise the software from its texts
 * (message-text). Runs in a Web Worker on the page; everything it returns is plain data.
 */
import { matchText, type KnownText } from '../message-text';
import { formatsOf, readLog, type FormatId } from './formats';
import { diagnose, type Finding } from './diagnose';
import { buildTranscript, type Step } from './transcript';
import type { DataAddress } from './decode';

export { maskSecrets, type FormatId } from './formats';
export type { Finding, FindingId, FixAnchor } from './diagnose';

/** A reply as shown: code, lines, and what is known about it. */
export interface ReplyRow {
  code: string;
  lines: string[];
  line: number;
  truncated?: boolean;
  data?: DataAddress;
  unreachable?: 'public' | 'unknown';
  /** The software entry and message id whose text this is, when the collection knows it. */
  known?: { software: string; id: string };
}

export type Row =
  | { type: 'exchange'; line: number; command?: { verb: string; arg: string }; replies: ReplyRow[] }
  | { type: 'note'; line: number; kind: 'note' | 'error'; text: string; known?: { software: string; id: string } };

export interface Explanation {
  formats: FormatId[];
  /** The address the client reached the server at, when the log shows it. */
  server?: string;
  findings: Finding[];
  /** The transcript, cut at `limit` rows; `total` says how many there were. */
  rows: Row[];
  total: number;
  replies: number;
}

/** A known text, with whether a server sends it (as a reply) or a client prints it (as a note or error). */
export type Known = KnownText & { kind?: 'server' | 'client' };

/** The client whose texts a note in each log format can be; a server log's own notes are not matched. */
const CLIENT_OF: Partial<Record<FormatId, string>> = { filezilla: 'filezilla', winscp: 'winscp', curl: 'curl', lftp: 'lftp', ftplib: 'python-ftplib' };

type Ref = { software: string; id: string };

/**
 * Finds known texts quickly in long logs: replies among the servers' texts of the same code, notes among the
 * texts of the client that wrote the log. Each text's equally good candidates are kept; the caller picks.
 */
function recogniser(known: readonly Known[]) {
  const byCode = new Map<string, Known[]>();
  const byClient = new Map<string, Known[]>();
  const add = (map: Map<string, Known[]>, key: string, k: Known) => {
    const list = map.get(key);
    if (list) list.push(k);
    else map.set(key, [k]);
  };
  for (const k of known) {
    if (k.kind !== 'client' && k.code) add(byCode, k.code, k);
    if (k.kind !== 'server') add(byClient, k.software, k);
  }
  const seen = new Map<string, Ref[]>();
  return (text: string, format: FormatId, code?: string): Ref[] => {
    const client = CLIENT_OF[format];
    const pool = code ? byCode.get(code) : client ? byClient.get(client) : undefined;
    if (!pool) return [];
    const key = `${code ?? client}\u0000${text}`;
    let hit = seen.get(key);
    if (!hit) {
      const all = matchText(text, pool, code);
      const best = all[0];
      hit = best ? all.filter((m) => m.sameCode === best.sameCode && m.literal === best.literal).map((m) => ({ software: m.known.software, id: m.known.id })) : [];
      if (seen.size < 50_000) seen.set(key, hit);
    }
    return hit;
  };
}

/**
 * Picks one software for each text that several send alike ("Login successful."): the one this log shows
 * unambiguously most often (a vsftpd banner makes the rest vsftpd's), else the first.
 */
function pick(candidates: readonly Ref[][]): (Ref | undefined)[] {
  const count = new Map<string, number>();
  for (const c of candidates) if (c.length === 1) count.set(c[0]!.software, (count.get(c[0]!.software) ?? 0) + 1);
  return candidates.map((c) => (c.length <= 1 ? c[0] : [...c].sort((a, b) => (count.get(b.software) ?? 0) - (count.get(a.software) ?? 0))[0]));
}

/** Explains a pasted log. `limit` caps the transcript rows returned (the findings always cover the whole log). */
export function explainLog(input: string, known: readonly Known[] = [], limit = 2000): Explanation {
  const events = readLog(input);
  const steps: Step[] = buildTranscript(events);
  const { findings, views, server } = diagnose(steps);
  const recognise = recogniser(known);
  const viewOf = new Map(views.map((v) => [v.reply, v]));

  const rows: Row[] = [];
  // What each shown reply or note may be, and where to put the answer once the whole log has had its say.
  const candidates: Ref[][] = [];
  const targets: { known?: Ref }[] = [];
  let total = 0;
  for (const s of steps) {
    total++;
    if (rows.length >= limit) continue;
    if (s.type === 'note') {
      const row: Row = { type: 'note', line: s.line, kind: s.kind, text: s.text };
      candidates.push(recognise(s.text, s.format));
      targets.push(row);
      rows.push(row);
      continue;
    }
    const replies = s.replies.map((r): ReplyRow => {
      const v = viewOf.get(r);
      const row: ReplyRow = {
        code: r.code,
        lines: r.lines,
        line: r.line,
        ...(r.truncated ? { truncated: true } : {}),
        ...(v?.data ? { data: v.data } : {}),
        ...(v?.unreachable ? { unreachable: v.unreachable } : {}),
      };
      candidates.push(recognise(r.text, r.format, r.code));
      targets.push(row);
      return row;
    });
    rows.push({
      type: 'exchange',
      line: s.command?.line ?? s.replies[0]!.line,
      ...(s.command ? { command: { verb: s.command.verb, arg: s.command.arg } } : {}),
      replies,
    });
  }
  pick(candidates).forEach((k, i) => {
    if (k) targets[i]!.known = k;
  });
  return { formats: formatsOf(events), ...(server ? { server } : {}), findings, rows, total, replies: views.length };
}
