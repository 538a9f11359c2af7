/**
 * Reads pasted log lines into events, one format at a time: raw transcripts, FileZilla (English and Korean UI),
 * WinSCP, curl -v, lftp debug, Python ftplib debug and tracebacks, vsftpd log_ftp_protocol, ProFTPD ExtendedLog
 * and mod_tls logs, and as a last resort any line that starts with a reply code. Each line is read on its own,
 * so mixed and interleaved logs work. Runs in the browser and in a worker, so it imports nothing.
 *
 * Prefixes are the ones the programs print, read from their sources: FileZilla src/interface/StatusView.cpp and
 * src/engine/logfile_writer.cpp (Korean from locales/ko_KR.po); WinSCP source/core/SessionInfo.cpp (LogLineMarks
 * "<>!.*", "yyyy-mm-dd hh:nn:ss.zzz"); curl lib/ftp.c and src/tool_operate.c; lftp src/log.cc (log:prefix-*);
 * CPython Lib/ftplib.py (*cmd*, *resp*, *get*, *put*); vsftpd logging.c and ftpcmdio.c; ProFTPD modules/mod_log.c
 * (default LogFormat `%h %l %u %t "%r" %s %b`) and src/log.c (pr_log_writefile).
 */

/** The log formats the explainer tells apart and names on the page. */
export const FORMATS = ['filezilla', 'winscp', 'curl', 'lftp', 'ftplib', 'vsftpd', 'proftpd', 'raw', 'codes'] as const;
export type FormatId = (typeof FORMATS)[number];

/** What a line is: a command the client sent, a reply line the server sent, a status note, or an error. */
export type EventKind = 'command' | 'reply' | 'note' | 'error';

export interface LogEvent {
  /** 1-based line number in the pasted text. */
  line: number;
  format: FormatId;
  kind: EventKind;
  /** Commands: "PASV"; replies: the reply line as sent ("227 Entering ..."); notes and errors: their text. */
  text: string;
  /**
   * Which connection the line belongs to, when the log says (FileZilla's log file: process and engine id; vsftpd and
   * ProFTPD: the client's address),
   * so interleaved sessions are paired apart. Empty when the log does not say.
   */
  conn: string;
  /** Where a PASS or ACCT argument sits in the raw line, so it can be masked in what is shown and shared. */
  secret?: [start: number, end: number];
}

const FILEZILLA_PREFIX: Record<string, EventKind | 'skip'> = {
  Status: 'note',
  Command: 'command',
  Response: 'reply',
  Error: 'error',
  Trace: 'skip',
  Listing: 'skip',
  // FileZilla's Korean translation (locales/ko_KR.po): 상태:, 명령:, 응답:, 오류:, 추적:, 목록:
  상태: 'note',
  명령: 'command',
  응답: 'reply',
  오류: 'error',
  추적: 'skip',
  목록: 'skip',
};

// Message log copied from the window ("09:00:00\tStatus:\t…" with timestamps on), or the log file
// ("2026-11-30 09:00:00 4321 1 Status: …": date, process id, engine id).
const FILEZILLA = new RegExp(
  `^(?:(?:\\d{4}-\\d{2}-\\d{2} )?\\d{1,2}:\\d{2}:\\d{2}(?:\\s?[AP]M)?[ \\t]+(?:(\\d+) (?:(\\d+) )?)?)?(${Object.keys(FILEZILLA_PREFIX).join('|')}):[ \\t]*(.*)$`,
);

// WinSCP session log: mark, space, "yyyy-mm-dd hh:nn:ss.zzz", space, text. '<' from the server, '>' to it.
const WINSCP = /^([<>.!*]) (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) ?(.*)$/;
const WINSCP_KIND: Record<string, EventKind> = { '<': 'reply', '>': 'command', '.': 'note', '!': 'error', '*': 'error' };

// WinSCP's error dialogs, copied as text (source/resource/TextsCore1.rc, TextsFileZilla.rc; Korean from
// translations/KO.ini). The session log itself is read by WINSCP above.
const WINSCP_DIALOG =
  /^(?:Timeout detected\.(?: \((?:data|control) connection\))?|Could not retrieve directory listing\.?|Error listing directory '.*'\.|Network error: Connection to ".*" (?:refused|timed out)\.|Network error: Connection reset by peer\.|Connection failed\.|Copying files (?:to|from) remote side failed\.|Authentication failed\.|제한 시간이 초과하였습니다\.(?: \((?:데이터 연결|연결 제어)\))?|디렉터리 목록을 획득할 수 없습니다|디렉터리 '.*'의 목록을 얻는 동안 오류가 발생하였습니다\.|네트워크 오류: .*|연결에 실패하였습니다\.|인증에 실패하였습니다\.)$/;

// curl -v: "> " sent, "< " received, "* " notes, optionally after --trace-time's "09:00:00.123456 ".
const CURL = /^(?:\d{2}:\d{2}:\d{2}\.\d{6} )?([<>*]) (.*)$/;
const CURL_EXIT = /^curl: \((\d+)\) (.*)$/;

// lftp debug: "---> " sent, "<--- " received, "---- " notes, "**** " errors; `debug -t` puts a timestamp first.
const LFTP = /^(?:\S.*? )?(--->|<---|----|\*\*\*\*) (.*)$/;
const LFTP_KIND: Record<string, EventKind> = { '--->': 'command', '<---': 'reply', '----': 'note', '****': 'error' };

// Python ftplib debug output: *cmd* 'PASV', *resp* '227 …', and at level 2 *put*/*get* with the raw lines.
const FTPLIB = /^\*(cmd|resp|get|put|welcome|put urgent|retr)\* (['"])(.*)\2$/;
const PY_FTPLIB_ERROR = /^(?:ftplib\.)?(error_perm|error_temp|error_reply|error_proto): (.*)$/;
const PY_ERROR = /^((?:socket\.)?(?:timeout|TimeoutError|ConnectionRefusedError|ConnectionResetError|ConnectionAbortedError|BrokenPipeError|EOFError|OSError|socket\.gaierror|ssl\.SSLError|ssl\.SSLEOFError))(?:: (.*))?$/;
const PY_TRACE = /^(?:Traceback \(most recent call last\):|\s+File ".*", line \d+|\s{2,}\S)/;

// vsftpd with log_ftp_protocol=YES: '… [pid 1234] [bob] FTP response: Client "203.0.113.5", "227 …"'.
// With syslog_enable=YES the date and pid are syslog's, so only the part from the user on is relied on.
const VSFTPD = /(?:\[pid (\d+)\] )?(?:\[([^\]]*)\] )?(FTP command|FTP response|CONNECT|OK LOGIN|FAIL LOGIN|(?:OK|FAIL) [A-Z]+): Client "([^"]*)"(?:, (?:anon password "[^"]*", )?"(.*)")?/;

// ProFTPD ExtendedLog in the default format: host, ident, user, [time], "command", code, bytes.
const PROFTPD_EXT = /^(\S+) (\S+) (\S+) \[([^\]]+)\] "(.*)" (\d{3}|-) (\S+)$/;
// ProFTPD module logs (TLSLog, SFTPLog…): "2026-11-30 09:00:05,123 mod_tls/2.9.3[4321]: text".
const PROFTPD_MOD = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} (mod_\w+\/[\w.]+)\[(\d+)\]: (.*)$/;

// A raw transcript: "C: USER bob" / "S: 331 …", "-> PASV" / "<- 227 …", or the bare lines.
const RAW_SIDE = /^(?:(C|S|Client|Server)\s*:\s?|(->|<-)\s)(.*)$/i;

/** FTP commands (RFC 959, 2228, 2389, 2428, 2640, 3659 and common extensions) that a bare line may start with. */
export const COMMANDS = new Set(
  (
    'ABOR ACCT ADAT ALLO APPE AUTH CCC CDUP CONF CWD DELE ENC EPRT EPSV FEAT HELP HOST LANG LIST LPRT LPSV MDTM MIC ' +
    'MKD MLSD MLST MODE NLST NOOP OPTS PASS PASV PBSZ PORT PROT PWD QUIT REIN REST RETR RMD RNFR RNTO SITE SIZE SMNT ' +
    'STAT STOR STOU STRU SYST TYPE USER XCUP XCWD XMKD XPWD XRMD CLNT MFMT PRET'
  ).split(' '),
);

/** A reply line: three digits 1xx–6xx, then a space, a hyphen or the end of the line. */
export const REPLY_LINE = /^([1-6]\d{2})([ -]|$)(.*)$/s;

// Prefixes the fallback strips before looking for a reply code: timestamps, "Reply:"/"Antwort:", Python's and
// Node's exception names ("ftplib.error_perm:", "FTPError:").
const FALLBACK_PREFIX =
  /^\s*(?:\[?\d{4}-\d{2}-\d{2}[ T][\d:.,]+\]?\s*)?(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\]?\s*)?(?:(?:Response|Reply|Status|Error|Antwort|응답)\s*:\s*|<\s+|(?:ftplib\.)?error_\w+:\s*|\w*Error:\s*)*/i;

/** The reply line inside a line of any shape, once the usual prefixes are gone; undefined when there is none. */
export function replyIn(raw: string): string | undefined {
  const rest = raw.replace(FALLBACK_PREFIX, '');
  return REPLY_LINE.test(rest) ? rest : undefined;
}

/** Undoes Python's repr() quoting of a str: \n, \r, \t, \\, \' and \xNN. */
function unrepr(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|[nrt\\'"])/g, (_, e: string) =>
    e[0] === 'x' ? String.fromCharCode(parseInt(e.slice(1), 16)) : ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[e] ?? e,
  );
}

/** The masked range of a PASS/ACCT argument in `raw`, given the command text found in it. */
function secretRange(raw: string, command: string): [number, number] | undefined {
  const m = command.match(/^(PASS|ACCT)\s+(.+?)\s*$/i);
  if (!m || /^(?:\*+|X{3,}|<password>|\(hidden\))$/.test(m[2]!)) return undefined;
  const at = raw.indexOf(command);
  if (at < 0) return undefined;
  const start = at + command.indexOf(m[2]!, m[1]!.length);
  return [start, start + m[2]!.length];
}

function command(line: number, format: FormatId, raw: string, text: string, conn = ''): LogEvent {
  const cmd = text.replace(/[\r\n]+$/, '');
  const secret = secretRange(raw, cmd);
  return { line, format, kind: 'command', text: cmd, conn, ...(secret ? { secret } : {}) };
}

/** Reading state that spans lines: ftplib prints some things twice at debug level 2. */
export interface ReadState {
  /** ftplib at level 2 prints each received line (*get*) and then the whole reply (*resp*); keep one. */
  ftplibGet: boolean;
  ftplibPut: boolean;
  /** ftplib debug output is there, so the reply in a traceback's last line is a repeat. */
  ftplibDebug: boolean;
}

export function newReadState(text: string): ReadState {
  return {
    ftplibGet: /^\*get\* /m.test(text),
    ftplibPut: /^\*put\* /m.test(text) && !/^\*cmd\* /m.test(text),
    ftplibDebug: /^\*(?:resp|get)\* /m.test(text),
  };
}

/** The events on one line (none for blank or unrecognised lines; several for a multi-line ftplib *resp*). */
export function readLine(raw: string, line: number, state: ReadState): LogEvent[] {
  const text = raw.replace(/\r$/, '');
  if (!text.trim()) return [];
  let m: RegExpMatchArray | null;

  if ((m = text.match(FILEZILLA))) {
    const kind = FILEZILLA_PREFIX[m[3]!]!;
    if (kind === 'skip') return [];
    const conn = m[1] ? `${m[1]}/${m[2] ?? ''}` : '';
    const body = m[4]!;
    if (kind === 'command') return [command(line, 'filezilla', text, body, conn)];
    return [{ line, format: 'filezilla', kind, text: body, conn }];
  }
  if ((m = text.match(WINSCP))) {
    const kind = WINSCP_KIND[m[1]!]!;
    const body = m[3]!;
    if (kind === 'command') return [command(line, 'winscp', text, body)];
    return [{ line, format: 'winscp', kind, text: body, conn: '' }];
  }
  if ((m = text.match(CURL_EXIT))) return [{ line, format: 'curl', kind: 'error', text: `curl: (${m[1]}) ${m[2]}`, conn: '' }];
  if ((m = text.match(FTPLIB))) {
    const tag = m[1]!;
    const body = unrepr(m[3]!).replace(/\r?\n$/, '');
    if (tag === 'cmd' || (tag === 'put' && state.ftplibPut)) return [command(line, 'ftplib', text, body)];
    if (tag === 'get' || (tag === 'resp' && !state.ftplibGet))
      return body.split('\n').map((part) => ({ line, format: 'ftplib', kind: 'reply', text: part.replace(/\r$/, ''), conn: '' }));
    return [];
  }
  if ((m = text.match(PY_FTPLIB_ERROR))) {
    // A traceback pasted without the debug output is the only place the reply shows.
    if (!state.ftplibDebug && REPLY_LINE.test(m[2]!)) return [{ line, format: 'ftplib', kind: 'reply', text: m[2]!, conn: '' }];
    return [{ line, format: 'ftplib', kind: 'error', text: `${m[1]}: ${m[2]}`, conn: '' }];
  }
  if ((m = text.match(PY_ERROR))) return [{ line, format: 'ftplib', kind: 'error', text: m[2] ? `${m[1]}: ${m[2]}` : m[1]!, conn: '' }];
  if (PY_TRACE.test(text) && /^Traceback|^\s+File "/.test(text)) return [];
  if ((m = text.match(VSFTPD))) {
    const what = m[3]!;
    // Keyed by the client's address, not the pid: vsftpd logs a session under a new pid once the user logs in.
    const conn = m[4]!;
    const body = m[5] ?? '';
    if (what === 'FTP command') return [command(line, 'vsftpd', text, body, conn)];
    if (what === 'FTP response') return [{ line, format: 'vsftpd', kind: 'reply', text: body, conn }];
    return [{ line, format: 'vsftpd', kind: what.startsWith('FAIL') ? 'error' : 'note', text: `${what}: Client "${m[4]}"`, conn }];
  }
  if ((m = text.match(PROFTPD_MOD))) return [{ line, format: 'proftpd', kind: 'note', text: `${m[1]}: ${m[3]}`, conn: m[2]! }];
  if ((m = text.match(PROFTPD_EXT)) && (m[6] !== '-' || m[5])) {
    const out: LogEvent[] = [];
    if (m[5]) out.push(command(line, 'proftpd', text, m[5], m[1]!));
    if (m[6] !== '-') out.push({ line, format: 'proftpd', kind: 'reply', text: m[6]!, conn: m[1]! });
    return out;
  }
  if ((m = text.match(LFTP))) {
    const kind = LFTP_KIND[m[1]!]!;
    if (kind === 'command') return [command(line, 'lftp', text, m[2]!)];
    return [{ line, format: 'lftp', kind, text: m[2]!, conn: '' }];
  }
  if ((m = text.match(CURL))) {
    const mark = m[1]!;
    const body = m[2]!;
    if (mark === '>') return [command(line, 'curl', text, body)];
    if (mark === '<') return [{ line, format: 'curl', kind: 'reply', text: body, conn: '' }];
    return [{ line, format: 'curl', kind: 'note', text: body, conn: '' }];
  }
  if ((m = text.match(RAW_SIDE))) {
    const client = /^c/i.test(m[1] ?? '') || m[2] === '->';
    const body = m[3]!;
    if (client) return [command(line, 'raw', text, body)];
    return [{ line, format: 'raw', kind: 'reply', text: body, conn: '' }];
  }
  const bare = text.trim();
  if (WINSCP_DIALOG.test(bare)) return [{ line, format: 'winscp', kind: 'error', text: bare, conn: 'dialog' }];
  if (REPLY_LINE.test(bare)) return [{ line, format: 'raw', kind: 'reply', text: bare, conn: '' }];
  // A bare command: upper case and at the start of the line, so prose ("User reports…") and the indented
  // lines of a multi-line reply (" SIZE" in FEAT, RFC 2389) are not taken for commands.
  const verb = text.match(/^([A-Z]{3,4})(?: |$)/)?.[1];
  if (verb && COMMANDS.has(verb) && bare.length < 600) return [command(line, 'raw', text, bare)];
  const reply = replyIn(text);
  if (reply) return [{ line, format: 'codes', kind: 'reply', text: reply.trim(), conn: '' }];
  return [{ line, format: 'raw', kind: 'note', text: bare, conn: '' }];
}

/** Every event in a pasted text, in order. */
export function readLog(input: string): LogEvent[] {
  const state = newReadState(input);
  const out: LogEvent[] = [];
  const lines = input.split('\n');
  for (let i = 0; i < lines.length; i++) for (const e of readLine(lines[i]!, i + 1, state)) out.push(e);
  return out;
}

/** The formats found in the events, most lines first; "raw" only counts lines that were really FTP. */
export function formatsOf(events: readonly LogEvent[]): FormatId[] {
  const count = new Map<FormatId, number>();
  for (const e of events) if (!(e.format === 'raw' && e.kind === 'note')) count.set(e.format, (count.get(e.format) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([f]) => f);
}

/**
 * The text with every password masked: PASS/ACCT arguments in any format, URL passwords (ftp://user:pw@host)
 * and curl's -u user:pw. What is shown and what goes into a shareable link both come from this.
 */
export function maskSecrets(input: string): string {
  const state = newReadState(input);
  return input
    .split('\n')
    .map((raw, i) => {
      let line = raw;
      const ranges = readLine(raw, i + 1, state)
        .map((e) => e.secret)
        .filter((r): r is [number, number] => !!r)
        .sort((a, b) => b[0] - a[0]);
      for (const [s, e] of ranges) line = line.slice(0, s) + '****' + line.slice(e);
      return line
        .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:)[^\s@/]+@/gi, '$1****@')
        .replace(/((?:^|\s)(?:-u|--user)\s+['"]?[^\s:'"]+:)[^\s'"]+/g, '$1****');
    })
    .join('\n');
}
