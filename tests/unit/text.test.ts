import { describe, expect, it } from 'vitest';
import { fitting, snippet } from '../../src/lib/text';


describe('snippet', () => {
  const long = 'The reply to EPSV (RFC 2428): the server gives only a port, and the client connects to the same address as the control connection. Works for IPv4 and IPv6 and avoids the private-address problem of 227.';
  it('keeps a short text, else takes the first sentence', () => {
    expect(snippet('Short enough.')).toBe('Short enough.');
    expect(snippet(long)).toBe('The reply to EPSV (RFC 2428): the server gives only a port, and the client connects to the same address as the control connection.');
  });
  it('cuts at a word when the first sentence is too long, and never exceeds the limit', () => {
    const one = `${'word '.repeat(50).trim()}.`;
    const s = snippet(one);
    expect([...s].length).toBeLessThanOrEqual(160);
    expect(s.endsWith('word…')).toBe(true);
  });
  it('works on Korean sentences', () => {
    const ko = `${'가나다라 '.repeat(25)}끝입니다. 두 번째 문장입니다 ${'가나 '.repeat(20)}`;
    expect([...snippet(ko)].length).toBeLessThanOrEqual(160);
  });
});


describe('fitting', () => {
  it('takes the first candidate that fits, else shortens the last', () => {
    expect(fitting(['a long long title', 'short'], 10)).toBe('short');
    expect([...fitting(['x'.repeat(80), 'y '.repeat(40)], 20)].length).toBeLessThanOrEqual(20);
  });
});
