import { describe, expect, it } from 'vitest';
import { lookupCode, replyLines, winsockCode } from '../../src/lib/reply-parse';

describe('lookupCode', () => {
  it.each([
    ['425 Failed to establish connection.', '425'],
    ['  425', '425'],
    ['230-Welcome to the server\n230-Be nice.\n230 Login successful.', '230'],
    ['Response: 530 Login incorrect.', '530'],
    ['< 550 Permission denied', '550'],
    ['ftplib.error_perm: 530 Login incorrect.', '530'],
    ['FTPError: 425 Unable to build data connection: Operation not permitted', '425'],
    ['2024-05-01 10:11:12 Response: 421 Timeout.', '421'],
    ['Status:\tConnecting to 203.0.113.10:21...\nResponse:\t220 (vsFTPd 3.0.5)\nCommand:\tUSER bob\nResponse:\t331 Please specify the password.\nCommand:\tPASS ****\nResponse:\t530 Login incorrect.', '530'],
    ['10060', '10060'],
    ['Error: Socket Error # 10061 Connection refused.', '10061'],
    ['WSAECONNRESET', '10054'],
    ['WSAECONNABORTED', '10053'],
    ['socket error WSAEHOSTUNREACH', '10065'],
    ['ConnectionAbortedError: [WinError 10053] An established connection was aborted by the software in your host machine', '10053'],
  ])('%j → %s', (input, code) => {
    expect(lookupCode(input)).toBe(code);
  });

  it('finds nothing in text without a reply', () => {
    expect(lookupCode('Connection timed out after 20 seconds of inactivity')).toBeUndefined();
    expect(lookupCode('')).toBeUndefined();
  });
});

describe('replyLines', () => {
  it('tells continuation lines from the final line', () => {
    expect(replyLines('230-Hi\n230 OK').map((l) => [l.code, l.final])).toEqual([
      ['230', false],
      ['230', true],
    ]);
  });
  it('ignores commands and status lines', () => {
    expect(replyLines('Command: PASV\nStatus: Connected')).toEqual([]);
  });
});

describe('winsockCode', () => {
  it('does not take a number inside a longer one', () => {
    expect(winsockCode('port 100600')).toBeUndefined();
  });
});
