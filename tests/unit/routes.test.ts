import { describe, expect, it } from 'vitest';
import { allPairs, isForwardingPath, ordered, paths } from '../../src/lib/routes';

describe('routes', () => {
  it('puts the lower code first in a comparison address', () => {
    expect(paths.pair('425', '220')).toBe('220-vs-425/');
    expect(paths.pair('10060', '425')).toBe('425-vs-10060/');
    expect(ordered('530', '421')).toEqual(['421', '530']);
  });
  it('makes n(n-1)/2 pairs, each lower first, none twice', () => {
    const codes = ['530', '220', '425', '10060', '421'];
    const pairs = allPairs(codes);
    expect(pairs).toHaveLength(10);
    expect(new Set(pairs.map((p) => p.join())).size).toBe(10);
    for (const [a, b] of pairs) expect(Number(a)).toBeLessThan(Number(b));
  });
  it('knows which addresses only forward', () => {
    expect(isForwardingPath('/425/')).toBe(true);
    expect(isForwardingPath('https://x.example/en/425-vs-220/')).toBe(true);
    expect(isForwardingPath('/en/220-vs-425/')).toBe(false);
    expect(isForwardingPath('/en/425/')).toBe(false);
  });
  it('gives servers and clients their own address space', () => {
    expect(paths.software('server', 'vsftpd')).toBe('servers/vsftpd/');
    expect(paths.software('client', 'filezilla')).toBe('clients/filezilla/');
    expect(paths.softwareIndex('client')).toBe('clients/');
  });
});
