import { describe, expect, it } from 'vitest';
import { batchimOf, particle, withParticle } from '../../src/lib/particles';
import { fill } from '../../src/lib/text';

describe('Korean particles after reply codes (read in Sino-Korean)', () => {
  it.each([
    ['220', '은/는', '220은'],
    ['221', '은/는', '221은'],
    ['425', '은/는', '425는'],
    ['426', '은/는', '426은'],
    ['450', '은/는', '450은'],
    ['500', '은/는', '500은'],
    ['530', '은/는', '530은'],
    ['10060', '은/는', '10060은'],
    ['10054', '은/는', '10054는'],
    ['220', '과/와', '220과'],
    ['425', '과/와', '425와'],
    ['421', '으로/로', '421로'],
    ['530', '으로/로', '530으로'],
    ['425', '으로/로', '425로'],
    ['227', '이/가', '227이'],
    ['229', '을/를', '229를'],
    ['213', '을/를', '213을'],
    ['10000', '은/는', '10000은'],
  ] as const)('%s + %s → %s', (word, p, expected) => {
    expect(withParticle(word, p)).toBe(expected);
  });
});

describe('Korean particles after words', () => {
  it('follows the final consonant of Hangul', () => {
    expect(withParticle('응답', '을/를')).toBe('응답을');
    expect(withParticle('서버', '을/를')).toBe('서버를');
    expect(withParticle('파일', '으로/로')).toBe('파일로');
    expect(withParticle('연결', '으로/로')).toBe('연결로');
    expect(withParticle('방화벽', '으로/로')).toBe('방화벽으로');
  });
  it('reads Latin words as Koreans say them', () => {
    expect(withParticle('PASV', '을/를')).toBe('PASV를');
    expect(withParticle('EPSV', '을/를')).toBe('EPSV를');
    expect(withParticle('FTP', '은/는')).toBe('FTP는');
    expect(withParticle('TLS', '은/는')).toBe('TLS는');
    expect(withParticle('PORT', '은/는')).toBe('PORT는');
    expect(withParticle('SSL', '이/가')).toBe('SSL이');
  });
  it('ignores closing quotes and brackets', () => {
    expect(particle('‘데이터 연결을 열 수 없음’', '을/를')).toBe('을');
    expect(particle('“서비스 준비됨”', '을/를')).toBe('을');
    expect(particle('‘데이터 연결 모드 불일치 (Pure-FTPd ESTA/ESTP)’', '을/를')).toBe('를');
  });
  it('refuses to guess an unknown reading', () => {
    expect(() => batchimOf('Foobar')).toThrow(/no known reading/);
  });
});

describe('fill', () => {
  it('puts the right particle in a template', () => {
    expect(fill('{a|과/와} {b|은/는} 다릅니다', { a: '220', b: '425' })).toBe('220과 425는 다릅니다');
    expect(fill('{a|과/와} {b|은/는} 다릅니다', { a: '425', b: '530' })).toBe('425와 530은 다릅니다');
  });
  it('throws on a missing value instead of printing a placeholder', () => {
    expect(() => fill('{code} {title}', { code: '425' })).toThrow(/no value for \{title\}/);
  });
});

import { lastSpokenWord, readingBatchim } from '../../src/lib/particles';

describe('reading code spans and Latin terms', () => {
  it('finds the word said last', () => {
    expect(lastSpokenWord('dirlist_enable')).toBe('enable');
    expect(lastSpokenWord('/etc/vsftpd.conf')).toBe('conf');
    expect(lastSpokenWord('QuotaLimitTable')).toBe('Table');
    expect(lastSpokenWord('421 Service not available.')).toBe('available');
    expect(lastSpokenWord('ftp.set_debuglevel(2)')).toBe('debuglevel');
  });
  it('reads whole known names first, then the last word, numbers and short capitals', () => {
    expect(readingBatchim('Pure-FTPd')).toBe('none');
    expect(readingBatchim('FileZilla Server')).toBe('none');
    expect(readingBatchim('dirlist_enable')).toBe('rieul');
    expect(readingBatchim('QuotaLimitTable')).toBe('rieul');
    expect(readingBatchim('RFC 1123')).toBe('other');
    expect(readingBatchim('ACL')).toBe('rieul');
    expect(readingBatchim('.NET')).toBe('other');
  });
  it('reads the words the sweep met on real pages', () => {
    expect(readingBatchim('Could not read from transfer socket')).toBe('other'); // 소켓
    expect(readingBatchim('force_local_logins_ssl')).toBe('rieul'); // 에스에스엘
    expect(readingBatchim('AnonymousBandwidth')).toBe('none'); // 밴드위스
    expect(readingBatchim('mod_ban')).toBe('other'); // 밴
    expect(readingBatchim('ECONNRESET')).toBe('other'); // 이커넥리셋
    expect(readingBatchim('425 Error while transfering data: ECONNABORTED')).toBe('none');
    expect(readingBatchim('pyftpdlib')).toBe('other'); // 파이에프티피디립
  });
  it('refuses words whose reading varies', () => {
    expect(() => readingBatchim('QUIT')).toThrow(/varies/);
    expect(() => readingBatchim('NAT')).toThrow(/varies/);
  });
});
