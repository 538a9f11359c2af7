/**
 * What the client saw at the TCP level for the Windows socket errors clients show in place of a reply.
 * The sentences per locale are in text/{locale}.ts; these are the facts the comparison sentences choose by.
 */
export interface TcpFact {
  /** What came back on the wire. */
  seen: 'nothing' | 'reset-at-connect' | 'reset-later' | 'no-network-event';
  /** How long it takes to appear. */
  timing: 'after-timeout' | 'at-once' | 'any-time' | 'never';
}

export const TCP: Record<string, TcpFact> = {
  '10060': { seen: 'nothing', timing: 'after-timeout' },
  '10061': { seen: 'reset-at-connect', timing: 'at-once' },
  '10054': { seen: 'reset-later', timing: 'any-time' },
  '10066': { seen: 'no-network-event', timing: 'never' },
  '10068': { seen: 'no-network-event', timing: 'never' },
};
