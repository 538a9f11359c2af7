import { describe, expect, it } from 'vitest';
import { knownTexts, searchTexts } from '../../src/lib/known-texts';
import { matchText } from '../../src/lib/message-text';
import type { SoftwareData, SoftwareProse } from '../../src/lib/content/schema';

const software: SoftwareData[] = [
  { id: 'vsftpd', name: 'vsftpd', kind: 'server', versions: '3.0.5', source: 'vsftpd 3.0.5 source', messages: [{ id: 'login-incorrect', code: '530', text: 'Login incorrect.' }] },
  { id: 'filezilla', name: 'FileZilla', kind: 'client', versions: '3.69', source: 'FileZilla source', messages: [{ id: 'cannot-connect', text: 'Could not connect to server', ko: '서버에 연결하지 못함' }] },
];
const prose = new Map<string, SoftwareProse>([
  ['en/vsftpd', { about: 'x'.repeat(20), when: { 'login-incorrect': 'Sent after PASS when the login fails.' } }],
  ['ko/vsftpd', { about: 'x'.repeat(20), when: { 'login-incorrect': 'PASS 다음에 로그인이 실패하면 보냅니다.' } }],
]);

describe('knownTexts', () => {
  it('lists every message with its software and kind, in a stable order, with when it is sent in the file’s locale', () => {
    const ko = knownTexts(software, prose, 'ko');
    expect(ko.names).toEqual({ filezilla: 'FileZilla', vsftpd: 'vsftpd' });
    expect(ko.texts.map((t) => `${t.kind}:${t.software}/${t.id}`)).toEqual(['client:filezilla/cannot-connect', 'server:vsftpd/login-incorrect']);
    expect(ko.texts[1]!.when).toBe('PASS 다음에 로그인이 실패하면 보냅니다.');
    expect(knownTexts(software, prose, 'en').texts[1]!.when).toBe('Sent after PASS when the login fails.');
  });
  it('is what matchText reads, Korean client texts included', () => {
    const file = knownTexts(software, prose, 'en');
    expect(matchText('서버에 연결하지 못함', file.texts)[0]!.known.id).toBe('cannot-connect');
    expect(matchText('Login incorrect.', file.texts, '530')[0]!.known.software).toBe('vsftpd');
  });
  it('makes the search file from the full one: the same texts in the same order, without situations and settings', () => {
    const withSetting = [{ ...software[0]!, messages: [{ ...software[0]!.messages[0]!, setting: 'max_login_fails' }] }, software[1]!];
    const full = knownTexts(withSetting, prose, 'ko', { '530': '로그인되지 않음' });
    const search = searchTexts(full);
    expect(search.texts).toEqual([
      { software: 'filezilla', id: 'cannot-connect', text: 'Could not connect to server', ko: '서버에 연결하지 못함', kind: 'client' },
      { software: 'vsftpd', id: 'login-incorrect', code: '530', text: 'Login incorrect.', kind: 'server' },
    ]);
    expect({ ...search, texts: [] }).toEqual({ ...full, texts: [] });
    expect(matchText('Login incorrect.', search.texts, '530')[0]!.known.software).toBe('vsftpd');
  });
});
