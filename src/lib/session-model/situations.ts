/**
 * One situation, different codes depending on the server: each outcome names the text the server sends
 * (src/content/software/{software}.yaml, message id) and the code it carries there; a unit test checks both.
 */
export interface Outcome {
  software: string;
  message: string;
  code: string;
}

export interface Situation {
  /** Stable id; its name per locale is in text/{locale}.ts. */
  id: string;
  outcomes: Outcome[];
}

export const SITUATIONS: Situation[] = [
  {
    id: 'connection-limit',
    outcomes: [
      { software: 'vsftpd', message: 'max-clients', code: '421' },
      { software: 'pure-ftpd', message: 'max-users', code: '421' },
      { software: 'filezilla-server', message: 'session-limit', code: '421' },
      { software: 'proftpd', message: 'max-clients', code: '530' },
    ],
  },
  {
    id: 'tls-required-login',
    outcomes: [
      { software: 'vsftpd', message: 'local-ssl-required', code: '530' },
      { software: 'pure-ftpd', message: 'tls-required', code: '421' },
      { software: 'proftpd', message: 'tls-required-ctrl', code: '550' },
      { software: 'pyftpdlib', message: 'tls-control-required', code: '550' },
      { software: 'filezilla-server', message: 'use-auth-first', code: '503' },
      { software: 'filezilla-server', message: 'plain-ftp-refused-legacy', code: '530' },
    ],
  },
  {
    id: 'tls-required-data',
    outcomes: [
      { software: 'vsftpd', message: 'data-ssl-required', code: '522' },
      { software: 'proftpd', message: 'tls-required-data', code: '522' },
      { software: 'pure-ftpd', message: 'prot-private-needed', code: '521' },
      { software: 'pyftpdlib', message: 'tls-data-required', code: '550' },
      { software: 'filezilla-server', message: 'prot-p-required-legacy', code: '534' },
    ],
  },
  {
    id: 'unreadable-listing',
    outcomes: [
      { software: 'proftpd', message: 'list-permission-denied', code: '450' },
      { software: 'vsftpd', message: 'list-unreadable', code: '226' },
      { software: 'pure-ftpd', message: 'list-unreadable', code: '226' },
    ],
  },
  {
    id: 'upload-no-space',
    outcomes: [
      { software: 'vsftpd', message: 'write-local', code: '451' },
      { software: 'pure-ftpd', message: 'file-write-failed', code: '452' },
      { software: 'pure-ftpd', message: 'quota-exceeded', code: '552' },
      { software: 'proftpd', message: 'quota-upload-exceeded', code: '552' },
    ],
  },
];

/** Situations in which one server sends `a` and another (or the same with other settings) sends `b`. */
export function sharedSituations(a: string, b: string): Situation[] {
  return SITUATIONS.filter((s) => s.outcomes.some((o) => o.code === a) && s.outcomes.some((o) => o.code === b));
}
