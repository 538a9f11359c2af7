// Composed comparison prose reads as written by hand: whole sentences, right particles, no doubled words.
import { describe, expect, it } from 'vitest';
import { differences, likelyCode, verdict, inlineCode, type Side } from '../../src/lib/compare';
import { useTranslations } from '../../src/i18n';
import { codeSchema, type ProseData } from '../../src/lib/content/schema';
import { doubledWords, englishRuns } from '../../src/lib/prose-check';

const side = (code: string, extra: object, title: string): Side => ({
  code,
  data: codeSchema.parse({ code, status: 'standard', uses: [{ spec: 'rfc959', section: '4.2.2', text: 'x', commands: [] }], ...extra }),
  text: { title, summary: 's', seen: 's', action: 's' } as ProseData,
  senders: [],
});
const s220 = side('220', { uses: [{ spec: 'rfc959', section: '4.2.2', text: 'Service ready.', commands: ['REIN'] }] }, 'Service ready');
const s425 = side('425', { uses: [{ spec: 'rfc959', section: '4.2.2', text: "Can't open data connection.", commands: ['LIST', 'RETR'] }] }, "Can't open data connection");
const s530 = side('530', { uses: [{ spec: 'rfc959', section: '4.2.2', text: 'Not logged in.', commands: ['PASS', 'RETR'] }] }, 'Not logged in');
const k220 = { ...s220, text: { ...s220.text, title: '서비스 준비됨' } };
const k425 = { ...s425, text: { ...s425.text, title: '데이터 연결을 열 수 없음' } };
const k530 = { ...s530, text: { ...s530.text, title: '로그인하지 않음' } };
const en = useTranslations('en');
const ko = useTranslations('ko');

describe('verdict', () => {
  it('tells success from error and names the one to act on', () => {
    expect(verdict(s220, s425, 'en', en)).toBe('220 is a success reply: “Service ready”. 425 is an error: “Can\'t open data connection”.');
    expect(likelyCode(s220, s425)).toBe('425');
  });
  it('uses particles that agree with each code in Korean', () => {
    expect(verdict(k220, k425, 'ko', ko)).toBe('220은 성공 응답으로 ‘서비스 준비됨’을 뜻하고, 425는 오류 응답으로 ‘데이터 연결을 열 수 없음’을 뜻합니다.');
    expect(verdict(k425, k530, 'ko', ko)).toMatch(/^425와 530은 둘 다 오류 응답이지만 성격이 다릅니다\. 425는 일시적 오류라서 .* 530은 영구적 오류라서/);
  });
});

describe('differences', () => {
  it('numbers whole sentences derived from the data', () => {
    const list = differences(s425, s530, 'en', en);
    expect(list[0]).toBe('They mean different things: 425 means “Can\'t open data connection”, while 530 means “Not logged in”.');
    expect(list).toContain('425 answers `LIST`; 530 answers `PASS`.');
    expect(list).toContain('Both can answer `RETR`, so the command alone does not tell them apart.');
    for (const d of list) {
      expect(d).toMatch(/^[A-Z0-9`].*[.]$/);
      expect(doubledWords(d)).toEqual([]);
    }
  });
  it('writes Korean without English sentences or doubled words', () => {
    for (const [a, b] of [
      [k220, k425],
      [k425, k530],
      [k220, k530],
    ] as const) {
      for (const d of [verdict(a, b, 'ko', ko), ...differences(a, b, 'ko', ko)]) {
        expect(doubledWords(d)).toEqual([]);
        expect(englishRuns(d.replace(/`[^`]*`/g, ''))).toEqual([]);
        expect(d).toMatch(/[.]$/);
      }
    }
  });
});

describe('inlineCode', () => {
  it('escapes HTML and marks code', () => {
    expect(inlineCode('<b> `PASV` & more')).toBe('&lt;b&gt; <code>PASV</code> &amp; more');
  });
});
