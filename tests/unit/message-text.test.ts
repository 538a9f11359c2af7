import { describe, expect, it } from 'vitest';
import { foldText, matchLines, matchText, textPattern, type KnownText } from '../../src/lib/message-text';

const known: KnownText[] = [
  { software: 'vsftpd', id: 'max-per-ip', code: '421', text: 'There are too many connections from your internet address.' },
  { software: 'proftpd', id: 'no-such-file', code: '550', text: '{path}: No such file or directory' },
  { software: 'generic', id: 'any', code: '550', text: '{path}: {error}' },
  { software: 'filezilla', id: 'cannot-connect', text: 'Critical error: Could not connect to server', ko: '치명적 오류: 서버에 연결하지 못함' },
];

describe('message-text', () => {
  it('folds quotes, spaces, case and the final full stop', () => {
    expect(foldText('  Can’t   open  FILE. ')).toBe("can't open file");
  });

  it('matches placeholders whatever fills them, and escapes the rest', () => {
    expect(textPattern('{path}: No such file or directory').test(foldText('/var/www/a (1).txt: No such file or directory'))).toBe(true);
    expect(textPattern('a.b').test('axb')).toBe(false);
  });

  it('ranks the most specific text first and prefers the pasted code', () => {
    const hits = matchText('/srv/x.txt: No such file or directory', known, '550');
    expect(hits.map((h) => h.known.id)).toEqual(['no-such-file', 'any']);
    expect(matchText('There are too many connections from your internet address', known, '421')[0]!.sameCode).toBe(true);
  });

  it('recognises a client text in its Korean translation', () => {
    expect(matchText('치명적 오류: 서버에 연결하지 못함', known)[0]!.known.id).toBe('cannot-connect');
  });

  it('finds nothing for an unrelated line', () => {
    expect(matchText('Hello world', known)).toEqual([]);
  });

  it('matches any form of a pasted line once, and ignores texts that are nearly all placeholder', () => {
    const hits = matchLines(['Error: /srv/x.txt: No such file or directory', '/srv/x.txt: No such file or directory'], known, '550');
    expect(hits.map((h) => h.known.id)).toEqual(['no-such-file']);
  });
});
