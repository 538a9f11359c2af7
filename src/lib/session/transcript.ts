/**
 * Turns log events into a transcript: multi-line replies grouped into one reply (RFC 959 §4.2: the first line
 * "xyz-", the last line "xyz " with the same code, anything in between), each command paired with its replies,
 * and PASS/ACCT arguments masked. Connections that the log tells apart are paired separately.
 */
import { REPLY_LINE, type FormatId, type LogEvent } from './formats';

export interface Reply {
  code: string;
  /** The reply's lines as sent, code included; one for a single-line reply. */
  lines: string[];
  /** The text of the last line, without the code: the part most servers put the message in. */
  text: string;
  /** Line numbers in the pasted text of the first and the last line. */
  line: number;
  endLine: number;
  format: FormatId;
  /** A multi-line reply whose last line never came (the log was cut off). */
  truncated?: boolean;
}

export interface Command {
  /** Upper-case verb ("PASV", "AUTH"). */
  verb: string;
  /** Argument as shown: PASS and ACCT arguments are always "****". */
  arg: string;
  line: number;
  format: FormatId;
}

/** A command and the replies it got (a 1xx then a final one), or replies that came unasked (greeting, 421). */
export interface Exchange {
  type: 'exchange';
  conn: string;
  command?: Command;
  replies: Reply[];
}

export interface Note {
  type: 'note';
  conn: string;
  kind: 'note' | 'error';
  text: string;
  line: number;
  format: FormatId;
}

export type Step = Exchange | Note;

const SECRET_VERBS = new Set(['PASS', 'ACCT']);

/** A command line split into verb and argument, with the argument of PASS and ACCT masked. */
export function parseCommand(text: string, line: number, format: FormatId): Command {
  const m = text.trim().match(/^(\S+)\s*(.*)$/s);
  const verb = (m?.[1] ?? '').toUpperCase();
  const rawArg = m?.[2] ?? '';
  return { verb, arg: SECRET_VERBS.has(verb) && rawArg ? '****' : rawArg, line, format };
}

interface Open {
  exchange?: Exchange;
  /** The reply being assembled while a multi-line reply is open. */
  multi?: Reply | undefined;
  /** True once the exchange has its final (non-1xx) reply. */
  done: boolean;
}

/** The transcript of the events, in the order of the pasted lines. */
export function buildTranscript(events: readonly LogEvent[]): Step[] {
  const steps: Step[] = [];
  const open = new Map<string, Open>();
  const key = (e: LogEvent) => `${e.format}\u0000${e.conn}`;

  const addReply = (e: LogEvent, state: Open, reply: Reply) => {
    const ex = state.exchange;
    if (ex && !state.done) {
      ex.replies.push(reply);
    } else {
      state.exchange = { type: 'exchange', conn: e.conn, replies: [reply] };
      steps.push(state.exchange);
    }
    // A 1xx reply is preliminary: the same command gets another one.
    state.done = !reply.code.startsWith('1');
  };

  for (const e of events) {
    const k = key(e);
    let state = open.get(k);
    if (!state) open.set(k, (state = { done: true }));

    if (state.multi) {
      // Inside a multi-line reply every line of this connection belongs to it, until "xyz " ends it.
      if (e.kind === 'reply' || (e.kind === 'note' && e.format === 'raw')) {
        const multi = state.multi;
        multi.lines.push(e.text);
        multi.endLine = e.line;
        if (e.text.startsWith(`${multi.code} `) || e.text === multi.code) {
          multi.text = e.text.slice(4).trim();
          state.multi = undefined;
          delete multi.truncated;
        }
        continue;
      }
    }

    if (e.kind === 'command') {
      state.multi = undefined; // a client does not send while a reply is still coming: that reply was cut off
      const exchange: Exchange = { type: 'exchange', conn: e.conn, command: parseCommand(e.text, e.line, e.format), replies: [] };
      steps.push(exchange);
      state.exchange = exchange;
      state.done = false;
      continue;
    }
    if (e.kind === 'reply') {
      const m = e.text.match(REPLY_LINE);
      if (!m) continue; // text without a code outside a multi-line reply: not a reply after all
      const reply: Reply = { code: m[1]!, lines: [e.text], text: m[3]!.trim(), line: e.line, endLine: e.line, format: e.format };
      if (m[2] === '-') {
        reply.truncated = true;
        state.multi = reply;
      }
      addReply(e, state, reply);
      continue;
    }
    if (e.format === 'raw' && e.kind === 'note') continue; // prose around a pasted transcript
    // A client error (timeout, disconnect) ends the wait: what the server sends next is not this command's reply.
    if (e.kind === 'error') {
      state.done = true;
      state.multi = undefined;
    }
    steps.push({ type: 'note', conn: e.conn, kind: e.kind, text: e.text, line: e.line, format: e.format });
  }
  return steps;
}

/** Every reply of the transcript, in order. */
export function repliesOf(steps: readonly Step[]): Reply[] {
  return steps.flatMap((s) => (s.type === 'exchange' ? s.replies : []));
}
