/**
 * What the client saw at the TCP level for the Windows socket errors clients show in place of a reply.
 * The sentences per locale are in text/{locale}.ts; these are the facts the comparison sentences choose by.
 */
export interface TcpFact {
  /** What came back on the wire. */
  seen: 'nothing' | 'reset-at-connect' | 'reset-later' | 'aborted-locally' | 'unreachable' | 'no-network-event';
  /** How long it takes to appear. */
  timing: 'after-timeout' | 'at-once' | 'any-time' | 'after-retries' | 'never';
}

export const TCP: Record<string, TcpFact> = {
  '10060': { seen: 'nothing', timing: 'after-timeout' },
  '10061': { seen: 'reset-at-connect', timing: 'at-once' },
  '10054': { seen: 'reset-later', timing: 'any-time' },
  '10053': { seen: 'aborted-locally', timing: 'after-retries' },
  '10065': { seen: 'unreachable', timing: 'at-once' },
  '10066': { seen: 'no-network-event', timing: 'never' },
  '10068': { seen: 'no-network-event', timing: 'never' },
};
