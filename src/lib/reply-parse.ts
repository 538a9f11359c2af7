/**
 * Reads FTP replies out of what people paste: a bare reply line, a multi-line reply, a client's log
 * (FileZilla "Response:", curl -v "< ", Python ftplib, Node errors) or a Winsock error number.
 * Runs in the browser too; the prefixes it strips are the session explainer's (session/formats.ts), kept once.
 */
import { REPLY_LINE, replyIn } from './session/formats';

export interface ReplyLine {
  /** 1-based line number in the pasted text. */
  line: number;
  code: string;
  /** The text after the code, as sent. */
  text: string;
  /** False for the "230-" lines that open a multi-line reply; true for the line that ends it. */
  final: boolean;
}

const WINSOCK_NAMES: Record<string, string> = {
  WSAECONNABORTED: '10053',
  WSAECONNRESET: '10054',
  WSAETIMEDOUT: '10060',
  WSAECONNREFUSED: '10061',
  WSAEHOSTUNREACH: '10065',
  WSAENOTEMPTY: '10066',
  WSAEUSERS: '10068',
};

/** Every reply line in the text, in order. */
export function replyLines(input: string): ReplyLine[] {
  const out: ReplyLine[] = [];
  input.split(/\r?\n/).forEach((raw, i) => {
    const m = replyIn(raw)?.match(REPLY_LINE);
    if (m) out.push({ line: i + 1, code: m[1]!, text: m[3]!.trim(), final: m[2] !== '-' });
  });
  return out;
}

/** A Winsock number or name anywhere in the text (10060, "Socket Error # 10061", WSAETIMEDOUT). */
export function winsockCode(input: string): string | undefined {
  const num = input.match(/(?<![\d.])(100[0-9]{2})(?![\d.])/);
  if (num) return num[1];
  const name = input.toUpperCase().match(/WSAE[A-Z]+/);
  return name ? WINSOCK_NAMES[name[0]] : undefined;
}

/**
 * The one code a pasted text is about: the last complete reply (a multi-line reply ends on its final line),
 * else a Winsock number, else a bare code; undefined when there is none.
 */
export function lookupCode(input: string): string | undefined {
  const trimmed = input.trim();
  if (/^\d{3}$/.test(trimmed) || /^100\d\d$/.test(trimmed)) return trimmed;
  const lines = replyLines(input);
  const finals = lines.filter((l) => l.final);
  const last = finals[finals.length - 1] ?? lines[lines.length - 1];
  return last?.code ?? winsockCode(input);
}
