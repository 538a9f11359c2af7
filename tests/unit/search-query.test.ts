// A pasted line becomes a search: prefixes, addresses, paths and numbers go; the code and the words stay.
import { describe, expect, it } from 'vitest';
import { indexQuery, indexWords, parseQuery } from '../../src/lib/search-query';

describe('parseQuery', () => {
  it.each<[string, string | undefined, string]>([
    ['Response: 530 Login incorrect.', '530', 'Login incorrect'],
    ['응답: 530 Login incorrect.', '530', 'Login incorrect'],
    ['오류: 425 Failed to establish connection.', '425', 'Failed to establish connection'],
    ['< 550 Permission denied', '550', 'Permission denied'],
    ['ftplib.error_perm: 530 Login incorrect.', '530', 'Login incorrect'],
    ['curl: (9) Server denied you to change to the given directory', undefined, 'Server denied you to change to the given directory'],
    ['2024-05-01 10:11:12 Error: Critical error: Could not connect to server', undefined, 'Critical error Could not connect to server'],
    ['[10:11:12] Response: 550 /home/bob/report.pdf: No such file or directory', '550', 'No such file or directory'],
    ['227 Entering Passive Mode (192,168,1,20,195,80).', '227', 'Entering Passive Mode'],
    ['421 Too many connections (8) from this IP 10.0.0.5', '421', 'Too many connections from this IP'],
    ["550 Can't open 'x.txt': Permission denied!", '550', "Can't open Permission denied"],
    ['System.Net.WebException: The remote server returned an error: (550) File unavailable (e.g., file not found, no access).', '550', 'The remote server returned an error File unavailable file not found no access'],
    ['TimeoutError: [WinError 10060] A connection attempt failed', '10060', 'A connection attempt failed'],
    ['Error: connect ECONNREFUSED 127.0.0.1:21', '10061', 'connect ECONNREFUSED'],
    ['Error: read ECONNRESET', '10054', 'read ECONNRESET'],
    ['Warning: ftp_login(): Login incorrect. in /var/www/x.php on line 12', undefined, 'Login incorrect in on line'],
  ])('%s', (input, code, words) => {
    const q = parseQuery(input);
    expect(q.code).toBe(code);
    expect(q.words.join(' ')).toBe(words);
    expect(q.pair).toBeUndefined();
  });

  it('keeps every peeled form of the line for matching known texts', () => {
    const q = parseQuery('ftplib.error_perm: 530 Login incorrect.');
    expect(q.lines).toEqual(['ftplib.error_perm: 530 Login incorrect.', '530 Login incorrect.', 'Login incorrect.']);
  });

  it('reads only the message line of a pasted traceback', () => {
    const q = parseQuery('Traceback (most recent call last):\n  File "x.py", line 3, in <module>\nftplib.error_perm: 550 Failed to change directory.');
    expect(q.code).toBe('550');
    expect(q.words).toEqual(['Failed', 'to', 'change', 'directory']);
  });

  it('asks for a comparison only when the query is two codes and nothing else', () => {
    expect(parseQuery('425 426').pair).toEqual(['425', '426']);
    expect(parseQuery('425 vs 530').pair).toEqual(['425', '530']);
    expect(parseQuery('425와 426').pair).toEqual(['425', '426']);
    expect(parseQuery('227 Entering Passive Mode (192,168,1,20,195,80)').pair).toBeUndefined();
    expect(parseQuery('421 from 192.168.100.200').pair).toBeUndefined();
    expect(parseQuery('port 2121 and 990').pair).toBeUndefined();
  });

  it('gives a bare code as the code', () => {
    expect(parseQuery('425')).toMatchObject({ code: '425', words: [] });
    expect(indexQuery(parseQuery('Response: 530 Login incorrect.'))).toBe('530 Login incorrect');
  });
});

describe('indexWords', () => {
  it('folds the Korean words people use into the ones the pages use', () => {
    expect(indexWords('FTP 접속 에러')).toEqual(['FTP', '연결', '오류']);
    expect(indexWords('로그인 안 됨')).toEqual(['로그인', '실패']);
    expect(indexWords('로그인이 안돼요')).toEqual(['로그인', '실패']);
    expect(indexWords('데이터 연결이 실패')).toEqual(['데이터', '연결', '실패']);
  });
  it('leaves short words whose last syllable only looks like a particle', () => {
    expect(indexWords('시도 권한')).toEqual(['시도', '권한']);
  });
});
