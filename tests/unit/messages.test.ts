// Messages show servers first, current texts before dropped ones, with a version label in each language.
import { describe, expect, it } from 'vitest';
import { compareCodes } from '../../src/lib/codes';
import { softwareSchema, type SoftwareData } from '../../src/lib/content/schema';
import { useTranslations } from '../../src/i18n';
import { CODE_PAGE_TEXTS, compareVersions, coveredVersions, groupsByCode, groupsForCode, listedCounts, printedLine, sortMessages, versionLabel, type SoftwareEntry } from '../../src/lib/messages/order';
import { knownTexts, readKnown } from '../../src/lib/known-texts';

const entry = (data: Partial<SoftwareData> & Pick<SoftwareData, 'id' | 'kind' | 'messages'>): SoftwareEntry => ({
  id: data.id,
  data: softwareSchema.parse({ name: data.id, versions: '3.0.5 (3.0.x)', source: 'the source', ...data }),
  prose: { en: { about: 'x', when: {} }, ko: { about: 'x', when: {} } },
});
const server = entry({
  id: 'zftpd',
  kind: 'server',
  messages: [
    { id: 'old', code: '425', text: 'Old text.', until: '2.3.4' },
    { id: 'older', code: '425', text: 'Older text.', until: '1.0.9' },
    { id: 'new', code: '425', text: 'New text.', since: '3.0.0' },
    { id: 'plain', code: '530', text: 'Login incorrect.' },
    { id: 'greeting', code: '220', text: 'Ready.' },
  ],
});
const client = entry({ id: 'aclient', kind: 'client', messages: [{ id: 'c', code: '425', text: 'Could not open data connection' }, { id: 'nc', text: 'Critical error' }] });

describe('message order', () => {
  it('compares versions part by part', () => {
    expect(compareVersions('1.3.10', '1.3.9')).toBeGreaterThan(0);
    expect(compareVersions('1.3.8b', '1.3.8')).toBeGreaterThan(0);
    expect(compareVersions('0.9.60', '1.0.0')).toBeLessThan(0);
  });
  it('puts current texts first, then dropped ones, most recently dropped first', () => {
    expect(sortMessages(server.data.messages.filter((m) => m.code === '425')).map((m) => m.id)).toEqual(['new', 'old', 'older']);
  });
  it('groups a code’s messages by software, servers before clients', () => {
    const groups = groupsForCode([client, server], '425');
    expect(groups.map((g) => g.software.id)).toEqual(['zftpd', 'aclient']);
    expect(groupsForCode([client, server], '226')).toEqual([]);
  });
  it('groups a software’s messages by code, in code order, texts without a code last', () => {
    expect(groupsByCode(server, compareCodes).map((g) => g.code)).toEqual(['220', '425', '530']);
    expect(groupsByCode(client, compareCodes).map((g) => g.code)).toEqual(['425', undefined]);
  });
  it('labels versions in each language', () => {
    const en = useTranslations('en');
    const ko = useTranslations('ko');
    const [old, , neu, plain] = server.data.messages;
    expect(coveredVersions('3.0.5 (3.0.x)')).toBe('3.0.x');
    expect(coveredVersions('1.2.0; 1.1.x where marked')).toBe('1.2.0');
    expect(coveredVersions('3.70.6 (3.6x and 3.70.x); checked against 3.62.0')).toBe('3.6x and 3.70.x');
    expect(coveredVersions('OpenBSD 7.x (ftpd.c 1.235, ftpcmd.y 1.75)')).toBe('OpenBSD 7.x');
    expect(coveredVersions('2.6.2 (last release, 2001)')).toBe('2.6.2');
    expect(coveredVersions('1.5.3 (last release with ftpd; removed before 7.0)')).toBe('1.5.3');
    expect(versionLabel(server.data, plain!, en)).toBe('3.0.x');
    expect(versionLabel(server.data, old!, en)).toBe('until 2.3.4');
    expect(versionLabel(server.data, old!, ko)).toBe('2.3.4까지');
    expect(versionLabel(server.data, server.data.messages[2]!, en)).toBe('since 3.0.0');
    expect(versionLabel(server.data, { ...neu!, since: '1.0.1', until: '1.0.9' }, ko)).toBe('1.0.1–1.0.9');
  });
  it('prints a server text with its code, a client text as the client prints it', () => {
    expect(printedLine(server.data.messages[3]!, 'server')).toBe('530 Login incorrect.');
    expect(printedLine(client.data.messages[0]!, 'client')).toBe('Could not open data connection');
  });
});

describe('texts a code page lists', () => {
  it('lists everything when it fits', () => {
    expect(listedCounts([3, 1, 2], [], 10)).toEqual([3, 1, 2]);
  });
  it('shares the cap fairly, one text per software per round, in page order', () => {
    expect(listedCounts([45, 1, 3, 20], [], 8)).toEqual([3, 1, 2, 2]);
    expect(listedCounts([45, 44, 27], [], 7)).toEqual([3, 2, 2]);
    expect(listedCounts([5, 5], [], 3).reduce((a, b) => a + b)).toBe(3);
  });
  it('serves the widely run software first in every round', () => {
    expect(listedCounts([4, 4, 4], [false, true, false], 2)).toEqual([1, 1, 0]);
    expect(listedCounts([4, 4, 4], [false, false, true], 4)).toEqual([1, 1, 2]);
  });
  it('names software beyond the cap without a text rather than going over it', () => {
    expect(listedCounts([4, 4, 4], [], 2)).toEqual([1, 1, 0]);
  });
  it('lists exactly the cap on a code with many senders, common ones first', () => {
    const sizes = [45, 44, 27, 27, 24, 23, 20, 19, 18, 12, 11, 10, 9, 9, 8, 7, 6, 5, 4, 4, 3, 2, 2, 1, 1];
    const common = sizes.map((_, i) => i % 5 === 4);
    const counts = listedCounts(sizes, common);
    expect(counts.reduce((a, b) => a + b)).toBe(CODE_PAGE_TEXTS);
    expect(counts.every((n, i) => n <= sizes[i]!)).toBe(true);
    expect(common.every((c, i) => !c || counts[i]! >= 1)).toBe(true);
  });
});

describe('known texts file', () => {
  it('carries each text with its software’s name, setting, situation in the file’s locale, and the code titles', () => {
    const prose = new Map([
      ['en/zftpd', { about: 'x', when: { plain: 'When the password is wrong.' } }],
      ['ko/zftpd', { about: 'x', when: { plain: '비밀번호가 틀리면 보냅니다.' } }],
    ]);
    const data = { ...server.data, messages: [{ id: 'plain', code: '530', text: 'Login incorrect.', setting: 'deny_file' }] };
    const file = JSON.parse(JSON.stringify(knownTexts([data], prose, 'ko', { '530': '로그인되지 않음' }, { '5': '영구적 실패' })));
    expect(readKnown(file)).toEqual({
      messages: [{ software: 'zftpd', name: 'zftpd', kind: 'server', id: 'plain', code: '530', text: 'Login incorrect.', when: '비밀번호가 틀리면 보냅니다.', setting: 'deny_file' }],
      titles: { '530': '로그인되지 않음' },
      classes: { '5': '영구적 실패' },
    });
  });
});
