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

/** Finds known texts quickly in long logs: candidates by code, results remembered by text. */
function recogniser(known: readonly KnownText[]) {
  const byCode = new Map<string, KnownText[]>();
  const noCode: KnownText[] = [];
  for (const k of known) {
    if (k.code) byCode.set(k.code, [...(byCode.get(k.code) ?? []), k]);
    else noCode.push(k);
  }
  const seen = new Map<string, { software: string; id: string } | null>();
  return (text: string, code?: string) => {
    const key = `${code ?? ''}\u0000${text}`;
    let hit = seen.get(key);
    if (hit === undefined) {
      // A client's note carries no code; a client's message filed under a code can still appear as a note.
      const pool = code ? (byCode.get(code) ?? []) : known;
      const best = matchText(text, pool, code)[0]?.known;
      hit = best ? { software: best.software, id: best.id } : null;
      if (seen.size < 50_000) seen.set(key, hit);
    }
    return hit ?? undefined;
  };
}

/** Explains a pasted log. `limit` caps the transcript rows returned (the findings always cover the whole log). */
export function explainLog(input: string, known: readonly KnownText[] = [], limit = 2000): Explanation {
  const events = readLog(input);
  const steps: Step[] = buildTranscript(events);
  const { findings, views, server } = diagnose(steps);
  const recognise = recogniser(known);
  const viewOf = new Map(views.map((v) => [v.reply, v]));

  const rows: Row[] = [];
  let total = 0;
  for (const s of steps) {
    total++;
    if (rows.length >= limit) continue;
    if (s.type === 'note') {
      const k = recognise(s.text);
      rows.push({ type: 'note', line: s.line, kind: s.kind, text: s.text, ...(k ? { known: k } : {}) });
      continue;
    }
    const replies = s.replies.map((r): ReplyRow => {
      const v = viewOf.get(r);
      const k = recognise(r.text, r.code);
      return {
        code: r.code,
        lines: r.lines,
        line: r.line,
        ...(r.truncated ? { truncated: true } : {}),
        ...(v?.data ? { data: v.data } : {}),
        ...(v?.unreachable ? { unreachable: v.unreachable } : {}),
        ...(k ? { known: k } : {}),
      };
    });
    rows.push({
      type: 'exchange',
      line: s.command?.line ?? s.replies[0]!.line,
      ...(s.command ? { command: { verb: s.command.verb, arg: s.command.arg } } : {}),
      replies,
    });
  }
  return { formats: formatsOf(events), ...(server ? { server } : {}), findings, rows, total, replies: views.length };
}
