import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainLog, maskSecrets } from '../../src/lib/session';
import { addressScope, decode227, decode228, decode229, serverAddressIn } from '../../src/lib/session/decode';
import { formatsOf, readLog } from '../../src/lib/session/formats';
import { buildTranscript, repliesOf } from '../../src/lib/session/transcript';
import { signalOf } from '../../src/lib/session/diagnose';
import type { KnownText } from '../../src/lib/message-text';

const fixture = (name: string) => readFileSync(`tests/fixtures/sessions/${name}`, 'utf8');
const findings = (name: string, known: KnownText[] = []) =>
  explainLog(fixture(name), known).findings.map((f) => [f.id, f.variant ?? null, `${f.code}#${f.anchor}`]);

describe('formats: every input format is read and named', () => {
  it.each([
    ['filezilla-en-nat.log', 'filezilla'],
    ['filezilla-ko-nat.log', 'filezilla'],
    ['filezilla-logfile-interleaved.log', 'filezilla'],
    ['winscp-active-425.log', 'winscp'],
    ['curl-cwd-9.log', 'curl'],
    ['lftp-pasv-timeout.log', 'lftp'],
    ['ftplib-login-530.log', 'ftplib'],
    ['vsftpd-tls-reuse.log', 'vsftpd'],
    ['proftpd-extended.log', 'proftpd'],
    ['proftpd-tls-reuse.log', 'proftpd'],
    ['raw-transfer-426.txt', 'raw'],
    ['codes-only.txt', 'codes'],
  ])('%s is %s', (name, format) => {
    expect(explainLog(fixture(name)).formats[0]).toBe(format);
  });

  it('reads FileZilla with and without timestamps, in English and in Korean', () => {
    const en = readLog('10:01:03\tCommand:\tPASV\n10:01:03\tResponse:\t227 Entering Passive Mode (10,0,0,5,195,80).');
    const ko = readLog('명령:\tPASV\n응답:\t227 Entering Passive Mode (10,0,0,5,195,80).\n상태:\t로그인\n오류:\t서버에 연결하지 못함');
    expect(en.map((e) => [e.kind, e.text])).toEqual([
      ['command', 'PASV'],
      ['reply', '227 Entering Passive Mode (10,0,0,5,195,80).'],
    ]);
    expect(ko.map((e) => e.kind)).toEqual(['command', 'reply', 'note', 'error']);
  });

  it('keeps ftplib level-2 output from counting a reply twice', () => {
    const replies = repliesOf(buildTranscript(readLog(fixture('ftplib-login-530.log'))));
    expect(replies.map((r) => r.code)).toEqual(['331', '530']);
  });

  it('splits a multi-line ftplib *resp* into its lines', () => {
    const replies = repliesOf(buildTranscript(readLog("*cmd* 'FEAT'\n*resp* '211-Features:\\n MDTM\\n211 End'")));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.lines).toEqual(['211-Features:', ' MDTM', '211 End']);
  });

  it('reads the two halves of a mixed paste as their own formats', () => {
    expect(formatsOf(readLog(fixture('mixed.txt'))).sort()).toEqual(['curl', 'filezilla']);
  });

  it('falls back to any line that starts with a reply code', () => {
    const replies = repliesOf(buildTranscript(readLog(fixture('codes-only.txt'))));
    expect(replies.map((r) => r.code)).toEqual(['220', '530', '425', '550']);
  });
});

describe('transcript: RFC 959 §4.2 grouping and pairing', () => {
  it('groups a multi-line reply into one, whatever its middle lines say', () => {
    const steps = buildTranscript(readLog(fixture('lftp-pasv-timeout.log')));
    const feat = steps.find((s) => s.type === 'exchange' && s.command?.verb === 'FEAT');
    expect(feat?.type === 'exchange' && feat.replies.map((r) => [r.code, r.lines.length, r.text])).toEqual([['211', 9, 'End']]);
  });

  it('pairs each command with its replies, a 1xx and then the final one', () => {
    const steps = buildTranscript(readLog(fixture('raw-transfer-426.txt')));
    const retr = steps.find((s) => s.type === 'exchange' && s.command?.verb === 'RETR');
    expect(retr?.type === 'exchange' && retr.replies.map((r) => r.code)).toEqual(['150', '426']);
  });

  it('keeps interleaved connections apart (FileZilla log file engine ids)', () => {
    const steps = buildTranscript(readLog(fixture('filezilla-logfile-interleaved.log')));
    const greetings = steps.filter((s) => s.type === 'exchange' && !s.command);
    expect(greetings.map((s) => s.type === 'exchange' && s.replies[0]!.lines.length)).toEqual([3, 3]);
    const retr = steps.find((s) => s.type === 'exchange' && s.command?.verb === 'RETR');
    expect(retr?.type === 'exchange' && retr.replies.map((r) => r.code)).toEqual(['150', '426']);
    const mlsd = steps.find((s) => s.type === 'exchange' && s.command?.verb === 'MLSD');
    expect(mlsd?.type === 'exchange' && mlsd.replies.map((r) => r.code)).toEqual(['150', '226']);
  });

  it('pairs a vsftpd log although the session changes pid after login', () => {
    const steps = buildTranscript(readLog(fixture('vsftpd-tls-reuse.log')));
    const pass = steps.find((s) => s.type === 'exchange' && s.command?.verb === 'PASS');
    expect(pass?.type === 'exchange' && pass.replies.map((r) => r.code)).toEqual(['230']);
  });

  it('marks a multi-line reply the paste cut off, and a command left without reply', () => {
    const steps = buildTranscript(readLog(fixture('truncated.txt')));
    const pass = steps.find((s) => s.type === 'exchange' && s.command?.verb === 'PASS');
    expect(pass?.type === 'exchange' && pass.replies[0]).toMatchObject({ code: '230', truncated: true, endLine: 6 });
    const cut = buildTranscript(readLog('220 ready\nUSER bob'));
    expect(cut.at(-1)).toMatchObject({ type: 'exchange', command: { verb: 'USER' }, replies: [] });
  });

  it('survives malformed lines: no reply from 4-digit numbers, empty prefixes or bad addresses', () => {
    const r = explainLog(fixture('malformed.txt'));
    const codes = r.rows.flatMap((row) => (row.type === 'exchange' ? row.replies.map((x) => x.code) : []));
    expect(codes).toEqual(['227', '211', '550']);
    const bad227 = r.rows.flatMap((row) => (row.type === 'exchange' ? row.replies : [])).find((x) => x.code === '227');
    expect(bad227?.data).toBeUndefined();
  });
});

describe('PASS is masked everywhere', () => {
  it('in the transcript', () => {
    const r = explainLog(fixture('curl-cwd-9.log'));
    const pass = r.rows.find((row) => row.type === 'exchange' && row.command?.verb === 'PASS');
    expect(pass?.type === 'exchange' && pass.command?.arg).toBe('****');
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });

  it.each([
    ['Command:\tPASS s3cret', 'Command:\tPASS ****'],
    ['> PASS s3cret', '> PASS ****'],
    ['---> PASS s3cret', '---> PASS ****'],
    ["*cmd* 'PASS s3cret'", "*cmd* 'PASS ****'"],
    ['> 2026-11-30 10:02:11.581 PASS s3cret', '> 2026-11-30 10:02:11.581 PASS ****'],
    ['PASS s3cret', 'PASS ****'],
    ['C: pass s3cret', 'C: pass ****'],
    ['ACCT s3cret', 'ACCT ****'],
    ['curl -v -u bob:s3cret ftp://x/', 'curl -v -u bob:**** ftp://x/'],
    ['curl -v ftp://bob:s3cret@ftp.example.com/', 'curl -v ftp://bob:****@ftp.example.com/'],
  ])('in the text of a shareable link: %j', (line, masked) => {
    expect(maskSecrets(line)).toBe(masked);
  });

  it('leaves already masked lines and ordinary text alone', () => {
    const text = 'Command:\tPASS ****\n---> PASS XXXX\nThe PASS command sends the password.';
    expect(maskSecrets(text)).toBe(text);
  });
});

describe('decode', () => {
  it('reads 227 as p1·256+p2', () => {
    expect(decode227('Entering Passive Mode (192,168,1,20,195,80).')).toEqual({ address: '192.168.1.20', port: 50000, scope: 'private' });
    expect(decode227('Entering Passive Mode (300,2,3,4,5,6).')).toBeUndefined();
  });
  it('reads 229 with any delimiter', () => {
    expect(decode229('Entering Extended Passive Mode (|||50012|)')).toEqual({ port: 50012 });
    expect(decode229('Entering Extended Passive Mode (!!!2121!)')).toEqual({ port: 2121 });
    expect(decode229('Entering Extended Passive Mode (|||70000|)')).toBeUndefined();
  });
  it('reads 228 long addresses, IPv4 and IPv6', () => {
    expect(decode228('Entering Long Passive Mode (4,4,10,0,0,5,2,195,80)')).toEqual({ address: '10.0.0.5', port: 50000, scope: 'private' });
    expect(decode228('Entering Long Passive Mode (6,16,32,1,13,184,0,0,0,0,0,0,0,0,0,0,0,1,2,4,1)')).toEqual({ address: '2001:db8::1', port: 1025, scope: 'public' });
  });
  it.each([
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.0.1', 'private'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.254', 'cgnat'],
    ['100.128.0.1', 'public'],
    ['127.0.0.1', 'loopback'],
    ['169.254.1.1', 'link-local'],
    ['203.0.113.10', 'public'],
    ['::1', 'loopback'],
    ['fd00::5', 'private'],
  ])('%s is %s', (address, scope) => {
    expect(addressScope(address)).toBe(scope);
  });
  it('finds the address the client connected to, not a data connection', () => {
    expect(serverAddressIn('Connecting to 203.0.113.10:21...')).toBe('203.0.113.10');
    expect(serverAddressIn('203.0.113.10:21에 연결...')).toBe('203.0.113.10');
    expect(serverAddressIn('Connecting data socket to (203.0.113.10) port 50000')).toBeUndefined();
  });
});

describe('diagnose: every sequence of the issue', () => {
  it('PASV → 227 private → LIST → timeout: server behind NAT (FileZilla, English UI)', () => {
    expect(findings('filezilla-en-nat.log')).toContainEqual(['pasv-nat', 'public', '425#fix-server']);
    const f = explainLog(fixture('filezilla-en-nat.log')).findings.find((x) => x.id === 'pasv-nat')!;
    expect(f.vars).toMatchObject({ address: '192.168.1.20', port: '50000', server: '203.0.113.10', fixed: 'yes', how: 'timeout' });
  });
  it('the same in FileZilla with the Korean UI', () => {
    expect(findings('filezilla-ko-nat.log')).toEqual([['pasv-nat', 'public', '425#fix-server']]);
  });
  it('PASV → 227 private → LIST → 425 in a bare transcript, server address unknown', () => {
    const log = '220 (vsFTPd 3.0.5)\nPASV\n227 Entering Passive Mode (100,64,3,9,195,80).\nLIST\n425 Failed to establish connection.';
    expect(explainLog(log).findings.map((f) => [f.id, f.variant])).toEqual([['pasv-nat', 'unknown']]);
  });
  it('PASV → 227 public → data connection timeout: passive ports blocked (lftp)', () => {
    expect(findings('lftp-pasv-timeout.log')).toEqual([['pasv-blocked', null, '425#fix-server']]);
  });
  it('PORT → 200 → LIST → 425: active mode blocked on the client side (WinSCP)', () => {
    expect(findings('winscp-active-425.log')).toEqual([['port-blocked', null, '425#fix-client']]);
  });
  it('EPRT → 200 → LIST → 425 too', () => {
    const log = 'EPRT |1|192.168.0.15|52000|\n200 EPRT command successful. Consider using EPSV.\nLIST\n425 Failed to establish connection.';
    expect(explainLog(log).findings.map((f) => f.id)).toEqual(['port-blocked']);
  });
  it('150 → 426: transfer broken off', () => {
    expect(findings('raw-transfer-426.txt')).toEqual([['transfer-broken', '426', '426#causes']]);
    expect(findings('filezilla-logfile-interleaved.log')).toEqual([['transfer-broken', '426', '426#causes']]);
  });
  it('150 → connection reset: transfer broken off', () => {
    const log = 'Command:\tPASV\nResponse:\t227 Entering Passive Mode (203,0,113,10,195,80).\nCommand:\tRETR a.iso\nResponse:\t150 Opening BINARY mode data connection for a.iso (1048576 bytes).\nError:\tDisconnected from server: ECONNRESET - Connection reset by peer';
    expect(explainLog(log).findings.map((f) => [f.id, f.variant])).toEqual([['transfer-broken', 'reset']]);
  });
  it('AUTH TLS → 234 → 150 → 522 "session reuse required" (vsftpd log)', () => {
    expect(findings('vsftpd-tls-reuse.log')).toEqual([['tls-reuse', null, '522#fix-client']]);
  });
  it('AUTH TLS → 234 → 425, with ProFTPD’s TLS log naming session reuse', () => {
    expect(findings('proftpd-tls-reuse.log')).toEqual([['tls-reuse', null, '425#fix-client']]);
  });
  it('AUTH TLS → 500/502/504: server without TLS', () => {
    expect(findings('raw-auth-tls-502.txt')).toEqual([['tls-unsupported', null, '234#fix-server']]);
    for (const code of ['500', '504'])
      expect(explainLog(`AUTH TLS\n${code} Unknown command.`).findings.map((f) => [f.id, f.vars.code])).toEqual([['tls-unsupported', code]]);
  });
  it('USER → 331 → PASS → 530: wrong password or refused, told from the text', () => {
    expect(findings('ftplib-login-530.log')).toEqual([['login-failed', 'either', '530#causes']]);
    const variant = (text: string) => explainLog(`USER bob\n331 Password required\nPASS x\n530 ${text}`).findings[0]!.variant;
    expect(variant('Login authentication failed')).toBe('password');
    expect(variant('Sorry, cleartext sessions are not accepted on this server.')).toBe('policy');
    expect(explainLog('USER root\n530 Permission denied.').findings[0]!.variant).toBe('policy');
  });
  it('421 right after connecting: too many connections, banned, TLS required', () => {
    expect(findings('raw-greeting-421.txt')).toEqual([['greeting-421', 'too-many', '421#causes']]);
    expect(explainLog('421 You are banned from this server.').findings[0]!.variant).toBe('banned');
    expect(explainLog('421 This server requires TLS.').findings[0]!.variant).toBe('tls');
    expect(explainLog('220 ok\nUSER bob\n331 ok\n421 Timeout.').findings).toEqual([]);
  });
  it('550 on CWD/RETR/STOR: path, permission or either, from the text', () => {
    expect(findings('curl-cwd-9.log')).toEqual([['path-refused', 'either', '550#causes']]);
    const variant = (text: string) => explainLog(`RETR a.txt\n550 ${text}`).findings[0]!.variant;
    expect(variant('a.txt: No such file or directory')).toBe('missing');
    expect(variant('a.txt: Permission denied')).toBe('permission');
    expect(variant('Failed to open file.')).toBe('either');
    expect(explainLog('CDUP\n550 nope').findings).toEqual([]);
  });
  it('curl: (9) alone still names the directory problem', () => {
    expect(explainLog('curl: (9) Server denied you to change to the given directory').findings.map((f) => [f.id, f.vars.command])).toEqual([['path-refused', 'CWD']]);
  });
  it('553: file name not allowed; 452/552: storage full', () => {
    expect(findings('proftpd-extended.log')).toEqual([
      ['path-refused', 'either', '550#causes'],
      ['name-refused', null, '553#causes'],
      ['storage-full', null, '552#fix-server'],
    ]);
    expect(findings('mixed.txt')).toEqual([['name-refused', null, '553#causes']]);
    expect(explainLog('STOR a\n150 ok\n452 Transfer aborted. No space left on device').findings.map((f) => f.code)).toEqual(['452']);
  });
  it('Winsock 10060/10061 before any reply: no connection at all', () => {
    expect(findings('filezilla-connect-timeout.log')).toEqual([['no-connection', 'timeout', '10060#causes']]);
    expect(findings('ftplib-winsock-10061.log')).toEqual([['no-connection', 'refused', '10061#causes']]);
    expect(explainLog('Error: Socket Error # 10060 Connection timed out.').findings.map((f) => f.code)).toEqual(['10060']);
    expect(explainLog('220 ok\nError: Connection timed out after 20 seconds of inactivity').findings).toEqual([]);
  });
  it('does not raise an alarm over a clean session', () => {
    expect(explainLog('220 ok\nUSER bob\n331 ok\nPASS x\n230 ok\nEPSV\n229 Entering Extended Passive Mode (|||50000|)\nLIST\n150 ok\n226 ok\nQUIT\n221 bye').findings).toEqual([]);
  });
  it('reads the settings dump in a WinSCP log header as no timeout', () => {
    expect(signalOf('Ping type: Off; Ping interval: 30 sec; Timeout: 15 sec')).toBeUndefined();
    expect(signalOf('Timeout detected. (data connection)')).toBe('timeout');
    expect(signalOf('제한 시간이 초과하였습니다. (데이터 연결)')).toBe('timeout');
  });
});

describe('reply explanations', () => {
  it('decodes 227 and warns when the address is private but the server public', () => {
    const r = explainLog(fixture('filezilla-en-nat.log'));
    const row = r.rows.flatMap((x) => (x.type === 'exchange' ? x.replies : [])).find((x) => x.code === '227')!;
    expect(row).toMatchObject({ data: { address: '192.168.1.20', port: 50000, scope: 'private' }, unreachable: 'public' });
  });
  it('names the software whose exact text a reply is', () => {
    const known: KnownText[] = [{ software: 'vsftpd', id: 'max-per-ip', code: '421', text: 'There are too many connections from your internet address.' }];
    const row = explainLog(fixture('raw-greeting-421.txt'), known).rows.find((x) => x.type === 'exchange');
    expect(row?.type === 'exchange' && row.replies[0]!.known).toEqual({ software: 'vsftpd', id: 'max-per-ip' });
  });
  it('explains a 5 MB log in reasonable time and caps the rows it returns', () => {
    const block = fixture('filezilla-en-nat.log');
    const big = block.repeat(Math.ceil((5 * 1024 * 1024) / block.length));
    const t0 = performance.now();
    const r = explainLog(big, [], 2000);
    const ms = performance.now() - t0;
    console.log(`5 MB log (${big.length} chars, ${big.split('\n').length} lines): ${ms.toFixed(0)} ms`);
    expect(r.rows).toHaveLength(2000);
    expect(r.total).toBeGreaterThan(2000);
    expect(r.findings.find((f) => f.id === 'pasv-nat')!.lines.length).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(15_000);
  });
});

describe('WinSCP error dialogs and repeated connection errors', () => {
  it('reads a WinSCP error dialog, English or Korean, as the client’s error', () => {
    expect(explainLog('Network error: Connection to "ftp.example.com" timed out.').findings.map((f) => [f.id, f.variant])).toEqual([['no-connection', 'timeout']]);
    expect(explainLog('네트워크 오류: "ftp.example.com"에 연결이 거부 되었습니다.').findings.map((f) => [f.id, f.variant])).toEqual([['no-connection', 'refused']]);
    expect(readLog('Timeout detected. (data connection)')[0]).toMatchObject({ format: 'winscp', kind: 'error' });
  });
  it('names one cause for a connection that never came up', () => {
    const log = '*   Trying 203.0.113.10:21...\n* connect to 203.0.113.10 port 21 failed: Connection timed out\ncurl: (28) Failed to connect to ftp.example.com port 21 after 21035 ms: Timeout was reached';
    expect(explainLog(log).findings.map((f) => [f.id, f.variant])).toEqual([['no-connection', 'timeout']]);
  });
});

describe('bare transcripts', () => {
  it('keeps FEAT’s indented lines inside the reply and prose out of the commands', () => {
    const steps = buildTranscript(readLog('User reports a problem:\nFEAT\n211-Features:\n SIZE\n REST STREAM\n211 End\nSIZE a.txt\n213 42'));
    const verbs = steps.flatMap((s) => (s.type === 'exchange' && s.command ? [s.command.verb] : []));
    expect(verbs).toEqual(['FEAT', 'SIZE']);
  });
  it('closes a cut-off multi-line reply when the next command comes', () => {
    const steps = buildTranscript(readLog('230-Welcome\nPWD\n257 "/" is the current directory'));
    const pwd = steps.find((s) => s.type === 'exchange' && s.command?.verb === 'PWD');
    expect(pwd?.type === 'exchange' && pwd.replies.map((r) => r.code)).toEqual(['257']);
  });
  it('takes the reply from a traceback pasted on its own', () => {
    const r = explainLog('Traceback (most recent call last):\n  File "x.py", line 4, in <module>\nftplib.error_perm: 550 Failed to open file.');
    expect(r.replies).toBe(1);
  });
});

describe('no false alarms from routine replies', () => {
  it('ignores 550 to probes (SIZE, MDTM, MKD)', () => {
    expect(explainLog('SIZE new.txt\n550 Could not get file size.\nMDTM new.txt\n550 Could not get file modification time.\nMKD /a\n550 Create directory operation failed.').findings).toEqual([]);
  });
});

describe('every finding links to a page that exists', () => {
  it.each(readdirSync('tests/fixtures/sessions'))('%s', (name) => {
    for (const f of explainLog(fixture(name)).findings) expect(existsSync(`src/content/codes/${f.code}.yaml`), `${f.id} → ${f.code}`).toBe(true);
  });
});

describe('clients that work around a private 227 address', () => {
  it.each([
    ['Server sent passive reply with unroutable address. Using server address instead.', 'fixed-address'],
    ['서버가 알 수 없는 주소와 수동형 응답을 보냈습니다. 대신 서버 주소를 사용합니다.', 'fixed-address'],
    ['Skip 10.0.0.5 for data connection, reuse 203.0.113.10 instead', 'fixed-address'],
    ['Address returned by PASV seemed to be incorrect and has been fixed', 'fixed-address'],
    ['Server sent passive reply with unroutable address. Passive mode failed.', 'unroutable'],
  ])('%s → %s', (text, signal) => {
    expect(signalOf(text)).toBe(signal);
  });
  it('names the NAT cause when FileZilla gives up on the private address and falls back to active mode', () => {
    const log = [
      'Status:\tConnecting to 203.0.113.10:21...',
      'Response:\t220 (vsFTPd 3.0.5)',
      'Command:\tPASV',
      'Response:\t227 Entering Passive Mode (192,168,1,20,195,80).',
      'Status:\tServer sent passive reply with unroutable address. Passive mode failed.',
      'Command:\tPORT 192,168,0,15,204,17',
      'Response:\t200 PORT command successful. Consider using PASV.',
      'Command:\tLIST',
      'Response:\t425 Failed to establish connection.',
    ].join('\n');
    expect(explainLog(log).findings.map((f) => f.id)).toEqual(['pasv-nat', 'port-blocked']);
  });
});

describe('naming the software', () => {
  const known = [
    { software: 'filezilla-server', id: 'login-ok', code: '230', text: 'Login successful.', kind: 'server' as const },
    { software: 'vsftpd', id: 'login-ok', code: '230', text: 'Login successful.', kind: 'server' as const },
    { software: 'vsftpd', id: 'banner', code: '220', text: '(vsFTPd {version})', kind: 'server' as const },
    { software: 'windows-ftp', id: 'connected', text: 'Connected to {host}.', kind: 'client' as const },
    { software: 'curl', id: 'cwd-denied', code: '550', text: 'Server denied you to change to the given directory', kind: 'client' as const },
  ];
  const knownOf = (log: string) =>
    explainLog(log, known).rows.flatMap((r) => (r.type === 'exchange' ? r.replies.map((x) => x.known?.software ?? '-') : [r.known?.software ?? '-']));
  it('gives a text several servers send to the server this log otherwise shows', () => {
    expect(knownOf('220 (vsFTPd 3.0.5)\nUSER bob\n331 ok\nPASS x\n230 Login successful.')).toEqual(['vsftpd', '-', 'vsftpd']);
  });
  it('matches notes only against the client that wrote the log, and replies only against servers', () => {
    expect(knownOf('* Connected to ftp.example.com (203.0.113.10) port 21\n* Server denied you to change to the given directory')).toEqual(['-', 'curl']);
    expect(knownOf('550 Server denied you to change to the given directory')).toEqual(['-']);
  });
});
