/**
 * Common sequences in real sessions: what the client sends and what comes back, step by step.
 * Replies and client errors name a text in the software collection (src/content/software/{software}.yaml, message id)
 * and the code that text carries there; a unit test checks each against the collection, so a transcript shows
 * only what the product really prints. `fill` gives example values for the text's {placeholders}.
 */

/** One line of a session. */
export type Step =
  | { send: string }
  | { reply: string; software: string; message: string; fill?: Record<string, string> }
  | { client: string; software: string; message: string; fill?: Record<string, string> };

export interface Sequence {
  /** Stable id; its description per locale is in text/{locale}.ts. */
  id: string;
  steps: Step[];
  /** Set when the sequence shows one server's answer to a situation of situations.ts rather than a session most readers have. */
  serverSpecific?: true;
}

const VSFTPD_HELLO: Step = { reply: '220', software: 'vsftpd', message: 'banner-default', fill: { version: '3.0.5' } };
const PASV_227: Step = { reply: '227', software: 'vsftpd', message: 'pasv-ok', fill: { h1: '203', h2: '0', h3: '113', h4: '10', p1: '195', p2: '80' } };
const LOGIN: Step[] = [
  { send: 'USER alice' },
  { reply: '331', software: 'vsftpd', message: 'password-prompt' },
  { send: 'PASS ********' },
];

export const SEQUENCES: Sequence[] = [
  { id: 'login-ok', steps: [VSFTPD_HELLO, ...LOGIN, { reply: '230', software: 'vsftpd', message: 'login-ok' }] },
  { id: 'login-failed', steps: [VSFTPD_HELLO, ...LOGIN, { reply: '530', software: 'vsftpd', message: 'login-incorrect' }] },
  { id: 'full-at-greeting', steps: [{ reply: '421', software: 'vsftpd', message: 'max-clients' }] },
  {
    id: 'full-after-pass',
    serverSpecific: true,
    steps: [
      { reply: '220', software: 'proftpd', message: 'greeting', fill: { server_name: 'Debian', address: '203.0.113.10' } },
      { send: 'USER alice' },
      { reply: '331', software: 'proftpd', message: 'password-required', fill: { user: 'alice' } },
      { send: 'PASS ********' },
      { reply: '530', software: 'proftpd', message: 'max-clients', fill: { n: '30' } },
    ],
  },
  {
    id: 'explicit-tls',
    steps: [
      VSFTPD_HELLO,
      { send: 'AUTH TLS' },
      { reply: '234', software: 'vsftpd', message: 'auth-ok' },
      ...LOGIN,
      { reply: '230', software: 'vsftpd', message: 'login-ok' },
      { send: 'PBSZ 0' },
      { reply: '200', software: 'vsftpd', message: 'pbsz-ok' },
      { send: 'PROT P' },
      { reply: '200', software: 'vsftpd', message: 'prot-private' },
    ],
  },
  { id: 'tls-required-user-530', serverSpecific: true, steps: [VSFTPD_HELLO, { send: 'USER alice' }, { reply: '530', software: 'vsftpd', message: 'local-ssl-required' }] },
  {
    id: 'tls-required-user-421',
    serverSpecific: true,
    steps: [
      { reply: '220', software: 'pure-ftpd', message: 'welcome-banner' },
      { send: 'USER alice' },
      { reply: '421', software: 'pure-ftpd', message: 'tls-required' },
    ],
  },
  {
    id: 'tls-required-user-550',
    serverSpecific: true,
    steps: [
      { reply: '220', software: 'proftpd', message: 'greeting', fill: { server_name: 'Debian', address: '203.0.113.10' } },
      { send: 'USER alice' },
      { reply: '550', software: 'proftpd', message: 'tls-required-ctrl' },
    ],
  },
  {
    id: 'tls-required-user-503',
    serverSpecific: true,
    steps: [
      { reply: '220', software: 'filezilla-server', message: 'greeting-version', fill: { version: '1.9.4' } },
      { send: 'USER alice' },
      { reply: '503', software: 'filezilla-server', message: 'use-auth-first' },
    ],
  },
  { id: 'tls-required-data', steps: [{ send: 'PASV' }, PASV_227, { send: 'LIST' }, { reply: '522', software: 'vsftpd', message: 'data-ssl-required' }] },
  {
    id: 'passive-list',
    steps: [
      { send: 'PASV' },
      PASV_227,
      { send: 'LIST' },
      { reply: '150', software: 'vsftpd', message: 'list-opening' },
      { reply: '226', software: 'vsftpd', message: 'list-ok' },
    ],
  },
  {
    id: 'extended-passive-list',
    steps: [
      { send: 'EPSV' },
      { reply: '229', software: 'vsftpd', message: 'epsv-ok', fill: { port: '50000' } },
      { send: 'LIST' },
      { reply: '150', software: 'vsftpd', message: 'list-opening' },
      { reply: '226', software: 'vsftpd', message: 'list-ok' },
    ],
  },
  { id: 'passive-blocked-server', steps: [{ send: 'PASV' }, PASV_227, { send: 'LIST' }, { reply: '425', software: 'vsftpd', message: 'data-connect-failed' }] },
  {
    id: 'passive-blocked-client',
    steps: [{ send: 'PASV' }, PASV_227, { send: 'MLSD' }, { client: '10060', software: 'filezilla', message: 'data-connection-timed-out' }],
  },
  { id: 'no-data-setup', steps: [{ send: 'LIST' }, { reply: '425', software: 'vsftpd', message: 'use-port-pasv' }] },
  {
    id: 'download-aborted',
    steps: [
      { send: 'RETR backup.tar' },
      { reply: '150', software: 'vsftpd', message: 'retr-binary', fill: { file: 'backup.tar', size: '734003200' } },
      { reply: '426', software: 'vsftpd', message: 'write-network' },
    ],
  },
  {
    id: 'download-reset',
    steps: [
      { send: 'RETR backup.tar' },
      { reply: '150', software: 'vsftpd', message: 'retr-binary', fill: { file: 'backup.tar', size: '734003200' } },
      { client: '10054', software: 'filezilla', message: 'transfer-interrupted-reset' },
    ],
  },
  {
    id: 'upload-ok',
    steps: [
      { send: 'TYPE I' },
      { reply: '200', software: 'vsftpd', message: 'type-binary' },
      { send: 'STOR report.pdf' },
      { reply: '150', software: 'vsftpd', message: 'stor-ok' },
      { reply: '226', software: 'vsftpd', message: 'transfer-complete' },
    ],
  },
  { id: 'upload-switched-off', steps: [{ send: 'STOR report.pdf' }, { reply: '550', software: 'vsftpd', message: 'cmd-denied' }] },
  { id: 'upload-not-writable', steps: [{ send: 'STOR report.pdf' }, { reply: '553', software: 'vsftpd', message: 'create-failed' }] },
  {
    id: 'upload-disk-error',
    steps: [
      { send: 'STOR report.pdf' },
      { reply: '150', software: 'pure-ftpd', message: 'data-accepted' },
      { reply: '452', software: 'pure-ftpd', message: 'file-write-failed' },
    ],
  },
  { id: 'upload-disk-full', steps: [{ send: 'STOR report.pdf' }, { reply: '552', software: 'pure-ftpd', message: 'disk-full' }] },
  {
    id: 'rename',
    steps: [
      { send: 'RNFR draft.txt' },
      { reply: '350', software: 'vsftpd', message: 'rnfr-ok' },
      { send: 'RNTO final.txt' },
      { reply: '250', software: 'vsftpd', message: 'rename-ok' },
    ],
  },
  { id: 'rename-without-rnfr', steps: [{ send: 'RNTO final.txt' }, { reply: '503', software: 'vsftpd', message: 'rnfr-first' }] },
  {
    id: 'resume',
    steps: [
      { send: 'REST 1048576' },
      { reply: '350', software: 'vsftpd', message: 'rest-ok', fill: { n: '1048576' } },
      { send: 'RETR backup.tar' },
      { reply: '150', software: 'vsftpd', message: 'retr-binary', fill: { file: 'backup.tar', size: '734003200' } },
      { reply: '226', software: 'vsftpd', message: 'transfer-complete' },
    ],
  },
  {
    id: 'resume-past-end',
    steps: [
      { send: 'REST 900000000' },
      { reply: '350', software: 'pure-ftpd', message: 'rest-ok', fill: { offset: '900000000' } },
      { send: 'RETR backup.tar' },
      { reply: '554', software: 'pure-ftpd', message: 'rest-too-large', fill: { offset: '900000000', size: '734003200' } },
    ],
  },
  {
    id: 'navigate',
    steps: [
      { send: 'CWD /srv/www' },
      { reply: '250', software: 'vsftpd', message: 'cwd-ok' },
      { send: 'PWD' },
      { reply: '257', software: 'vsftpd', message: 'pwd', fill: { path: '/srv/www' } },
    ],
  },
  { id: 'cwd-failed', steps: [{ send: 'CWD /srv/missing' }, { reply: '550', software: 'vsftpd', message: 'cwd-failed' }] },
  {
    id: 'list-denied',
    steps: [{ send: 'LIST /srv/private' }, { reply: '450', software: 'proftpd', message: 'list-permission-denied', fill: { path: '/srv/private' } }],
  },
  { id: 'idle-timeout', steps: [{ reply: '421', software: 'vsftpd', message: 'idle-timeout' }] },
  { id: 'quit', steps: [{ send: 'QUIT' }, { reply: '221', software: 'vsftpd', message: 'goodbye' }] },
  { id: 'connect-timeout', steps: [{ client: '10060', software: 'filezilla', message: 'connect-timed-out' }] },
  { id: 'connect-refused', steps: [{ client: '10061', software: 'filezilla', message: 'connect-refused' }] },
  {
    id: 'capabilities',
    steps: [
      { send: 'SYST' },
      { reply: '215', software: 'vsftpd', message: 'syst' },
      { send: 'NOOP' },
      { reply: '200', software: 'vsftpd', message: 'noop' },
    ],
  },
  { id: 'unknown-command', steps: [{ send: 'XCRC report.pdf' }, { reply: '500', software: 'vsftpd', message: 'unknown-command' }] },
  { id: 'unknown-auth', steps: [{ send: 'AUTH KERBEROS_V4' }, { reply: '504', software: 'vsftpd', message: 'auth-unknown' }] },
  { id: 'allo-ignored', steps: [{ send: 'ALLO 734003200' }, { reply: '202', software: 'vsftpd', message: 'allo' }] },
  { id: 'not-implemented', steps: [{ send: 'ACCT billing' }, { reply: '502', software: 'vsftpd', message: 'acct' }] },
];

/** The reply or client-error codes of a sequence, in order. */
export function codesOf(seq: Sequence): string[] {
  return seq.steps.flatMap((s) => ('reply' in s ? [s.reply] : 'client' in s ? [s.client] : []));
}
