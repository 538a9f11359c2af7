/**
 * What a pasted line becomes before it is searched. People paste log lines, not keywords: client prefixes
 * ("Response:", "오류:", "< ", "ftplib.error_perm:", "curl: (9)"), timestamps, exception classes, and the
 * file names, paths, addresses, ports and user names of their own session, which no page contains.
 * Runs in the browser, so it imports only libraries that import nothing.
 */
import { winsockCode } from './reply-parse';

export interface SearchQuery {
  /** The line as the client printed it, prefixes removed one by one: each is tried against the known texts. */
  lines: string[];
  /** The reply code the line carries, if any (a Winsock number counts). */
  code?: string;
  /** Two codes asked about together ("425 426", "425 vs 426"): the reader wants their comparison. */
  pair?: [string, string];
  /** Words for the full-text index: the line without the code, variable parts and noise. */
  words: string[];
}

// Prefixes a client or library prints before the text, applied repeatedly from the start of the line.
const PREFIXES: RegExp[] = [
  // Timestamps: "2024-05-01 10:11:12,123", "[10:11:12]", "10:11:12 AM", "Tue May 1 10:11:12 2024"
  /^\[?\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?\s*/,
  /^\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:\s?[AP]M)?\]?\s*/i,
  /^\[?\d{4}[-/.]\d{2}[-/.]\d{2}\]?\s*/,
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \w{3} +\d{1,2} [\d:]+ \d{4}\s*/,
  // Log levels and FileZilla/WinSCP columns: "Response:", "Error:", "Status:", "응답:", "오류:", "상태:"
  /^(?:Response|Reply|Status|Error|Warning|Critical|Trace|Antwort|Fehler|응답|오류|상태|에러|경고)\s*:\s*/i,
  // curl -v and WinSCP logs: "< 550 …", "> PASV"
  /^[<>]\s+/,
  // curl's exit line: "curl: (9) …"
  /^curl:\s*\(\d+\)\s*/i,
  // Exception classes: "ftplib.error_perm:", "System.Net.WebException:", "FTPError:", "socket.timeout:"
  /^(?:[A-Za-z_][\w$]*\.)*(?:[A-Za-z_]\w*(?:Error|Exception)|error_\w+|timeout|herror|gaierror)\s*:\s*/,
  // PHP: "Warning: ftp_login(): …", "PHP Warning:  ftp_put(): …"
  /^(?:PHP\s+)?(?:Warning|Notice|Fatal error)\s*:\s*/i,
  /^\w+\(\)\s*:\s*/,
  // Stack frames pasted along: "at Foo.bar (x.js:1:2)", 'File "x.py", line 3, in <module>'
  /^at\s+\S+(?:\s+\([^)]*\))?\s*/,
  /^File "[^"]*", line \d+(?:, in \S+)?\s*/,
  // Process and host columns of a syslog line: "host vsftpd[123]:"
  /^[\w.-]+\[\d+\]:\s*/,
];

/** The line with its prefixes removed, one at a time; each intermediate form is kept (the data may include a prefix). */
function peel(line: string): string[] {
  const out = [line];
  let rest = line;
  for (let guard = 0; guard < 12; guard++) {
    const next = PREFIXES.reduce((s, re) => s.replace(re, ''), rest).trim();
    if (next === rest) break;
    out.push(next);
    rest = next;
  }
  return out;
}

/** Picks the line that says most from a pasted block: the last one with a reply code, else the last non-empty one. */
function pickLine(input: string): string {
  const lines = input.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  // Traceback lines and stack frames say where, not what: the message is the last line of the block.
  const meaningful = lines.filter((l) => !/^(?:Traceback \(most recent call last\):|File "|at\s|\^+$|~+$)/.test(l));
  const candidates = meaningful.length ? meaningful : lines;
  const withCode = candidates.filter((l) => /^([1-6]\d\d)(?:[ -]|$)/.test(peel(l).at(-1)!));
  return withCode.at(-1) ?? candidates.at(-1) ?? '';
}

const CODE = /^(?:[1-6]\d\d|100\d\d)$/;

/** Two codes and nothing else: "425 426", "425 vs 426", "425와 426". Addresses and PASV numbers never qualify. */
function pairOf(q: string): [string, string] | undefined {
  const m = q.trim().match(/^(\d{3,5})\s*(?:vs\.?|versus|and|or|[,/&]|와|과|랑|하고|비교)?\s*(\d{3,5})$/i);
  return m && CODE.test(m[1]!) && CODE.test(m[2]!) && m[1] !== m[2] ? [m[1]!, m[2]!] : undefined;
}

// The POSIX names Node, Python and FileZilla print for the socket errors the site has Winsock pages for.
const ERRNO: Record<string, string> = {
  ECONNABORTED: '10053',
  ECONNRESET: '10054',
  ETIMEDOUT: '10060',
  ECONNREFUSED: '10061',
  EHOSTUNREACH: '10065',
};

/** The reply code of a line, after its prefixes: a leading code, .NET's "(550)", a Winsock number or name, an errno name. */
function codeOf(peeled: string, whole: string): string | undefined {
  const lead = peeled.match(/^([1-6]\d\d)(?:[ -]|$)/);
  if (lead) return lead[1];
  const dotnet = whole.match(/returned an error: \(([1-6]\d\d)\)|서버에서 (?:오류|에러)[^(]*\(([1-6]\d\d)\)/);
  if (dotnet) return dotnet[1] ?? dotnet[2];
  return winsockCode(whole) ?? ERRNO[whole.match(/\bE(?:CONNABORTED|CONNRESET|TIMEDOUT|CONNREFUSED|HOSTUNREACH)\b/)?.[0] ?? ''];
}

// Variable parts of a session that no page contains.
const NOISE: RegExp[] = [
  /\(\s*\d{1,3}(?:\s*,\s*\d{1,3}){5}\s*\)/g, // PASV (h1,h2,h3,h4,p1,p2)
  /\(\|\|\|\d+\|\)/g, // EPSV (|||port|)
  /\[[0-9a-f:]*:[0-9a-f:.]*\](?::\d+)?/gi, // [IPv6]:port
  /\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, // IPv4[:port]
  /\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{1,4}\b/gi, // bare IPv6
  /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, // user@host
  /\b(?:ftps?|sftp|https?):\/\/\S+/gi, // URLs
  /(?:^|\s)(?:[A-Za-z]:)?[\\/]\S*/g, // paths: /home/x, C:\x, \\server\share
  /\b[\w-]+(?:\.[\w-]+)*\.[A-Za-z][A-Za-z0-9]{0,4}\b(?!\()/g, // file and host names: report.pdf, ftp.example.com
  /(?<=^|[\s:(=])["'‘“][^"'’”\n]*["'’”](?=$|[\s:.,;!?)])/g, // quoted names: 'bob', "x.txt"
  /\[[^\]]*\]/g, // [WinError 10060], [Errno 111]
  /\b(?:port|포트)\s+\d+\b/gi,
  /\b\d+(?:[.,:]\d+)*\b/g, // any other number: sizes, counts, times
];

/** Words people use for the same thing; the pages use the right-hand form. */
const KOREAN_SYNONYMS: [RegExp, string][] = [
  [/에러/g, '오류'],
  [/접속/g, '연결'],
  [/(?:안\s?됨|안\s?돼요?|안\s?되(?:요|네요|는|어요)?|안\s?됩니다)/g, '실패'],
];

// Particles that follow a noun in a query ("연결이", "로그인을"): the pages have the noun in many forms.
const PARTICLE = /([가-힣]{2,})(?:에서|으로|이|가|을|를|은|는|도)$/;

/** Splits the cleaned text into words for the index: Korean synonyms folded, particles dropped, punctuation gone. */
export function indexWords(text: string): string[] {
  let s = text;
  for (const [re, to] of KOREAN_SYNONYMS) s = s.replace(re, to);
  return s
    .replace(/[‘’`]/g, "'")
    // An apostrophe inside a word belongs to it ("can't"); any other is a quotation mark.
    .replace(/(?<![A-Za-z])'|'(?![A-Za-z])/g, ' ')
    .replace(/[.,;:!?…()[\]{}<>"“”=#*|~^$%]+/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .map((w) => w.replace(PARTICLE, '$1'))
    .filter((w) => w.length > 0);
}

/** Reads a pasted line (or block) as a search. */
export function parseQuery(input: string): SearchQuery {
  const trimmed = input.trim();
  const pair = pairOf(trimmed);
  if (pair) return { lines: [trimmed], pair, words: pair };
  if (CODE.test(trimmed)) return { lines: [trimmed], code: trimmed, words: [] };
  const line = pickLine(trimmed);
  const lines = peel(line);
  const peeled = lines.at(-1)!;
  const code = codeOf(peeled, line);
  const body = code && peeled.startsWith(code) ? peeled.slice(code.length).replace(/^[ -]/, '') : peeled;
  const text = NOISE.reduce((s, re) => s.replace(re, ' '), ` ${body} `);
  // A server text without its code is the form the known texts have: try it too.
  if (body !== peeled) lines.push(body);
  return { lines: [...new Set(lines.filter(Boolean))], ...(code && { code }), words: indexWords(text) };
}

/** The query for the full-text index: the code (every code page contains its number) and the words. */
export function indexQuery(q: SearchQuery, words = q.words): string {
  return [q.code, ...words].filter(Boolean).join(' ');
}
