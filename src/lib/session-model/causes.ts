/**
 * Causes that produce more than one code, so one fix covers all of them. The name and the fix per locale are in
 * text/{locale}.ts. Listed only where the code pages name the same cause.
 */
export interface Cause {
  id: string;
  codes: string[];
}

export const CAUSES: Cause[] = [
  // The client cannot reach the passive port the server announced: the server times out (425), the client too (10060).
  { id: 'passive-port-blocked', codes: ['425', '10060'] },
  // Wrong user name or password.
  { id: 'credentials', codes: ['530', '430'] },
  // The account may not write or read there.
  { id: 'permissions', codes: ['550', '553', '450'] },
  // The server's disk or the user's quota is full.
  { id: 'storage-full', codes: ['451', '452', '552'] },
  // Nothing was sent for a while and the server or a firewall dropped the session.
  { id: 'idle', codes: ['421', '10054'] },
  // The TLS handshake after AUTH TLS failed (protocol versions, ciphers, certificate).
  { id: 'tls-handshake', codes: ['421', '400', '10054'] },
  // The server requires encryption and the client did not use it.
  { id: 'tls-not-used', codes: ['530', '421', '550', '503', '522', '521', '534'] },
];

/** Causes that both codes share. */
export function sharedCauses(a: string, b: string): Cause[] {
  return CAUSES.filter((c) => c.codes.includes(a) && c.codes.includes(b));
}
