/**
 * Reads a transcript as a whole and names what went wrong: each finding is a known sequence (PASV → 227 private
 * → LIST → timeout, PORT → 200 → LIST → 425, AUTH TLS → 234 → 522 "session reuse", USER → 331 → PASS → 530, …),
 * the code page section that fixes it, and the lines that prove it. The words are in the UI dictionaries
 * (session.finding.*); this module only decides.
 */
import { addressScope, decodeReply, serverAddressIn, type DataAddress } from './decode';
import type { FormatId } from './formats';
import type { Command, Exchange, Reply, Step } from './transcript';

export const FINDINGS = [
  'no-connection',
  'greeting-421',
  'tls-unsupported',
  'login-failed',
  'pasv-nat',
  'pasv-blocked',
  'port-blocked',
  'tls-reuse',
  'transfer-broken',
  'path-refused',
  'name-refused',
  'storage-full',
] as const;
export type FindingId = (typeof FINDINGS)[number];

/** The sections of a code page a finding can point at (same anchors in every locale). */
export type FixAnchor = 'fix-server' | 'fix-client' | 'causes';

/** The variants a finding can take, each with its own sentence in the dictionaries. */
export const VARIANTS = {
  'no-connection': ['timeout', 'refused'],
  'greeting-421': ['too-many', 'banned', 'tls', 'other'],
  'login-failed': ['password', 'policy', 'either'],
  'pasv-nat': ['public', 'unknown'],
  'path-refused': ['missing', 'permission', 'either'],
  'transfer-broken': ['426', 'reset', 'timeout'],
} as const satisfies Partial<Record<FindingId, readonly string[]>>;

export interface Finding {
  id: FindingId;
  variant?: string;
  /** The code page that explains it, and the section that fixes it. */
  code: string;
  anchor: FixAnchor;
  /** Lines of the pasted text that show it, first one first. */
  lines: number[];
  /** Values for the sentences: address, port, server, command, text, code. */
  vars: Record<string, string>;
}

export type Signal = 'timeout' | 'refused' | 'reset' | 'reuse' | 'fixed-address' | 'unroutable';

/** What a client's note or error says happened, in any of the formats (English and Korean FileZilla texts). */
export function signalOf(text: string): Signal | undefined {
  // FileZilla "Server sent passive reply with unroutable address. Using server address instead." (ko_KR.po:
  // "…대신 서버 주소를 사용합니다."), curl "Skip … for data connection, reuse … instead", lftp "… has been fixed".
  if (/unroutable address\. Using server address|대신 서버 주소를 사용|^Skip [\d.]+ for data connection|Address returned by PASV (?:seemed|is ignored)/i.test(text))
    return 'fixed-address';
  // FileZilla set not to substitute the address: "…unroutable address. Passive mode failed." (ko_KR.po: "…수동형 모드가 실패했습니다.")
  if (/unroutable address\. Passive mode failed|수동형 모드가 실패했습니다/i.test(text)) return 'unroutable';
  if (/session reuse|reuse (?:the )?(?:TLS|SSL) session|did not reuse|NoSessionReuseRequired|reuse required/i.test(text)) return 'reuse';
  if (/WSAECONNREFUSED|ECONNREFUSED|\b10061\b|refused|거부|curl: \(7\)/i.test(text)) return 'refused';
  // Not a bare "timeout": WinSCP's log header prints its settings ("Timeout: 15 sec").
  if (/WSAETIMEDOUT|ETIMEDOUT|\b10060\b|timed out|Timeout detected|Timeout - reconnecting|시간이 만료|시간이 초과|curl: \(28\)/i.test(text)) return 'timeout';
  if (/WSAECONNRESET|ECONNRESET|ECONNABORTED|\b1005[34]\b|reset by peer|connection reset|Broken pipe|EOFError|재설정/i.test(text)) return 'reset';
  return undefined;
}

const CLIENT_LOGS = new Set<FormatId>(['filezilla', 'winscp', 'curl', 'lftp', 'ftplib', 'raw']);
const PASSIVE = new Set(['PASV', 'EPSV', 'LPSV']);
const ACTIVE = new Set(['PORT', 'EPRT', 'LPRT']);
const TRANSFER = new Set(['LIST', 'NLST', 'MLSD', 'RETR', 'STOR', 'STOU', 'APPE']);
// Not SIZE, MDTM or MKD: clients send them as probes ("does it exist yet?") and a 550 there is routine.
const PATH_COMMANDS = new Set(['CWD', 'XCWD', 'RETR', 'STOR', 'STOU', 'APPE', 'DELE', 'RMD', 'XRMD', 'LIST', 'NLST', 'MLSD', 'RNFR', 'RNTO']);

/** One reply as the page shows it: its command, the data address it announces, and a warning if unreachable. */
export interface ReplyView {
  reply: Reply;
  command?: Command;
  data?: DataAddress;
  /** The 227/228 address cannot be reached from the internet, though the server was reached at a public one. */
  unreachable?: 'public' | 'unknown';
}

function finalOf(ex: Exchange): Reply | undefined {
  for (let i = ex.replies.length - 1; i >= 0; i--) if (!ex.replies[i]!.code.startsWith('1')) return ex.replies[i];
  return undefined;
}

function variantOf<T extends string>(text: string, rules: [T, RegExp][], fallback: T): T {
  return rules.find(([, re]) => re.test(text))?.[0] ?? fallback;
}

/** The finding and the replies' views for a whole transcript. */
export function diagnose(steps: readonly Step[]): { findings: Finding[]; views: ReplyView[]; server?: string } {
  // The same finding seen again (a retried LIST) adds its lines to the first one.
  const findings = new Map<string, { finding: Finding; lines: Set<number> }>();
  const add = (f: Finding) => {
    const k = `${f.id}\u0000${f.variant ?? ''}\u0000${f.code}`;
    const had = findings.get(k);
    if (had) for (const l of f.lines) had.lines.add(l);
    else findings.set(k, { finding: f, lines: new Set(f.lines) });
  };

  // Only a client's log says where it connected to; a server's log names the client's address.
  let server: string | undefined;
  for (const s of steps) if (s.type === 'note' && CLIENT_LOGS.has(s.format) && (server = serverAddressIn(s.text))) break;
  const serverScope = server && addressScope(server);

  const views: ReplyView[] = [];
  let sawReply = false;

  // Per connection: the state of the data connection being set up and used.
  interface ConnState {
    tls: boolean;
    greeted: boolean;
    setup?: { mode: 'pasv' | 'port'; ex: Exchange; data?: DataAddress | undefined; fixed: boolean } | undefined;
    transfer?: { ex: Exchange; started: boolean; closed: boolean } | undefined;
  }
  const conns = new Map<string, ConnState>();
  const connOf = (s: Step) => {
    const k = `${s.type === 'exchange' ? (s.command?.format ?? s.replies[0]?.format) : s.format}\u0000${s.conn}`;
    let c = conns.get(k);
    if (!c) conns.set(k, (c = { tls: false, greeted: false }));
    return c;
  };

  // A server's TLS log saying it refused a data connection for want of session reuse explains any 425 near it.
  const reuseNoted = steps.some((s) => s.type === 'note' && signalOf(s.text) === 'reuse');

  const dataFailure = (c: ConnState, lines: number[], how: 'timeout' | 'reply', reply?: Reply) => {
    const setup = c.setup;
    if (reply && (reuseNoted || /reuse/i.test(reply.text) || (c.tls && (reply.code === '522' || /Operation not permitted/i.test(reply.text))))) {
      add({ id: 'tls-reuse', code: reply.code, anchor: 'fix-client', lines: [...lines, reply.line], vars: { code: reply.code, text: reply.lines.join('\n') } });
      return;
    }
    if (!setup) return;
    const all = [setup.ex.command!.line, ...setup.ex.replies.map((r) => r.line), ...lines];
    const vars: Record<string, string> = { command: setup.ex.command!.verb, code: reply?.code ?? '425' };
    if (setup.mode === 'port') {
      add({ id: 'port-blocked', code: '425', anchor: 'fix-client', lines: all, vars });
      return;
    }
    const d = setup.data;
    if (d?.port !== undefined) vars.port = String(d.port);
    if (d?.address && d.scope && d.scope !== 'public') {
      add({
        id: 'pasv-nat',
        variant: serverScope === 'public' ? 'public' : 'unknown',
        code: '425',
        anchor: 'fix-server',
        lines: all,
        vars: { ...vars, address: d.address, server: server ?? '', how, fixed: setup.fixed ? 'yes' : 'no' },
      });
      return;
    }
    add({ id: 'pasv-blocked', code: '425', anchor: 'fix-server', lines: all, vars: { ...vars, how } });
  };

  for (const s of steps) {
    const c = connOf(s);
    if (s.type === 'note') {
      const sig = signalOf(s.text);
      if (!sig) continue;
      if (sig === 'fixed-address') {
        if (c.setup) c.setup.fixed = true;
        continue;
      }
      if (sig === 'unroutable') {
        if (c.setup?.mode === 'pasv') dataFailure(c, [s.line], 'timeout');
        c.setup = undefined;
        continue;
      }
      if (sig === 'reuse') {
        add({ id: 'tls-reuse', code: '425', anchor: 'fix-client', lines: [s.line], vars: { code: '425', text: s.text } });
        continue;
      }
      if (!sawReply && (sig === 'timeout' || sig === 'refused')) {
        // The first word on it counts: curl's "(7)" after "Connection timed out" must not add a second cause.
        if (![...findings.values()].some((f) => f.finding.id === 'no-connection'))
          add({ id: 'no-connection', variant: sig, code: sig === 'refused' ? '10061' : '10060', anchor: 'causes', lines: [s.line], vars: { text: s.text } });
        continue;
      }
      const t = c.transfer;
      if (t && !t.closed && (sig === 'timeout' || sig === 'reset')) {
        if (t.started) {
          add({ id: 'transfer-broken', variant: sig, code: '426', anchor: 'causes', lines: [t.ex.command!.line, s.line], vars: { command: t.ex.command!.verb, text: s.text } });
        } else dataFailure(c, [t.ex.command!.line, s.line], 'timeout');
        t.closed = true;
      } else if (!t && c.setup && sig === 'timeout' && c.setup.mode === 'pasv') {
        // FileZilla and others connect the data channel before the transfer command shows in the log.
        dataFailure(c, [s.line], 'timeout');
        c.setup = undefined;
      }
      continue;
    }

    const cmd = s.command;
    for (const r of s.replies) {
      const view: ReplyView = { reply: r, ...(cmd ? { command: cmd } : {}) };
      const data = decodeReply(r.code, r.text);
      if (data) {
        view.data = data;
        if (data.scope && data.scope !== 'public') view.unreachable = serverScope === 'public' ? 'public' : 'unknown';
      }
      views.push(view);
    }
    const final = finalOf(s);
    const first = s.replies[0];
    if (first) sawReply = true;

    // 421 as the first thing a connection hears: the server turned the connection away.
    if (!cmd && first && !c.greeted) {
      c.greeted = true;
      const r421 = s.replies.find((r) => r.code === '421');
      if (r421) {
        const text = r421.lines.join(' ');
        const variant = variantOf(
          text,
          [
            ['tls', /\bTLS\b|\bSSL\b|encrypt|secure/i],
            ['too-many', /too many|maximum|\bmax\b|connections|limit|busy|users/i],
            ['banned', /\bban|block|denied|not allowed|refus|blacklist|firewall|not welcome/i],
          ],
          'other',
        );
        add({ id: 'greeting-421', variant, code: '421', anchor: 'causes', lines: [r421.line], vars: { text: r421.lines.join('\n') } });
      }
      continue;
    }
    if (!cmd) {
      // Unasked replies later on: 421 (timeout, shutdown) or a late 426/425 for a running transfer.
      const t = c.transfer;
      if (t && !t.closed && final && (final.code === '426' || final.code === '425')) {
        if (final.code === '426') add({ id: 'transfer-broken', variant: '426', code: '426', anchor: 'causes', lines: [t.ex.command!.line, final.line], vars: { command: t.ex.command!.verb, text: final.text } });
        else dataFailure(c, [t.ex.command!.line], 'reply', final);
        t.closed = true;
      }
      continue;
    }
    c.greeted = true;
    const verb = cmd.verb;
    const vars = { command: verb, code: final?.code ?? '', text: final ? final.lines.join('\n') : '' };

    if (verb === 'AUTH') {
      if (final?.code === '234' || final?.code === '334') c.tls = true;
      // 500/502/504: the server does not know AUTH. vsftpd without ssl_enable answers any command it does not
      // accept before login, AUTH included, with 530 "Please login with USER and PASS."
      if (final && ['500', '502', '504', '530'].includes(final.code))
        // The fix is turning TLS on, which the page of 234 (the reply AUTH TLS should get) explains.
        add({ id: 'tls-unsupported', code: '234', anchor: 'fix-server', lines: [cmd.line, final.line], vars: { ...vars, arg: cmd.arg } });
      continue;
    }
    if ((verb === 'PASS' || verb === 'USER') && final?.code === '530') {
      const variant =
        verb === 'USER'
          ? 'policy'
          : variantOf(
              vars.text,
              [
                ['policy', /denied|not allowed|refus|disabled|permission|cleartext|encrypt|\bTLS\b|\bSSL\b|anonymous|restricted|not permitted|banned|expired|locked|home directory/i],
                ['password', /password|credential|authentication failed|auth failed/i],
              ],
              'either',
            );
      add({ id: 'login-failed', variant, code: '530', anchor: 'causes', lines: [cmd.line, final.line], vars });
      continue;
    }
    if (PASSIVE.has(verb) && final && ['227', '228', '229'].includes(final.code)) {
      c.setup = { mode: 'pasv', ex: s, data: decodeReply(final.code, final.text), fixed: false };
      c.transfer = undefined;
      continue;
    }
    if (ACTIVE.has(verb) && final?.code.startsWith('2')) {
      c.setup = { mode: 'port', ex: s, fixed: false };
      c.transfer = undefined;
      continue;
    }
    if (TRANSFER.has(verb)) {
      const started = s.replies.some((r) => r.code === '125' || r.code === '150');
      c.transfer = { ex: s, started, closed: !!final };
      if (final?.code === '425' || final?.code === '522') dataFailure(c, [cmd.line], 'reply', final);
      else if (final?.code === '426') add({ id: 'transfer-broken', variant: '426', code: '426', anchor: 'causes', lines: [cmd.line, final.line], vars });
      if (final) c.setup = undefined;
    }
    if (final?.code === '550' && PATH_COMMANDS.has(verb)) {
      const variant = variantOf(
        vars.text,
        [
          ['missing', /no such|not found|does ?n[o']t exist|not exist|can'?t find|cannot find|unknown (?:file|dir)/i],
          ['permission', /permission|denied|access|not allowed|forbidden|read-only|not writable|refus/i],
        ],
        'either',
      );
      add({ id: 'path-refused', variant, code: '550', anchor: 'causes', lines: [cmd.line, final.line], vars: { ...vars, arg: cmd.arg } });
    }
    if (final?.code === '553') add({ id: 'name-refused', code: '553', anchor: 'causes', lines: [cmd.line, final.line], vars: { ...vars, arg: cmd.arg } });
    if (final && (final.code === '452' || final.code === '552')) add({ id: 'storage-full', code: final.code, anchor: 'fix-server', lines: [cmd.line, final.line], vars });
  }

  // curl's last word: exit 9 is a CWD the server refused, even when the reply itself was cut from the paste.
  for (const s of steps)
    if (s.type === 'note' && /^curl: \(9\)/.test(s.text) && ![...findings.values()].some((f) => f.finding.id === 'path-refused'))
      add({ id: 'path-refused', variant: 'either', code: '550', anchor: 'causes', lines: [s.line], vars: { command: 'CWD', code: '550', text: s.text, arg: '' } });

  const list = [...findings.values()]
    .map(({ finding, lines }) => ({ ...finding, lines: [...lines].sort((a, b) => a - b) }))
    .sort((a, b) => a.lines[0]! - b.lines[0]!);
  return { findings: list, views, ...(server ? { server } : {}) };
}
