// Every generated comparison sentence checked against the facts it came from, for every pair in both locales:
// a sequence sentence needs a sequence with both codes in that order, a situation sentence a situation with both,
// an order sentence the model's order, a cause sentence a shared cause. Titles and descriptions fit search results.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { allPairs } from '../../src/lib/routes';
import { codeOrder, isNetwork, relate, sharedCauses, sharedSequences, sharedSituations } from '../../src/lib/session-model';
import { pairClaims, pairDescription, pairTitle } from '../../src/lib/compare-pair';
import { doubledWords, englishRuns } from '../../src/lib/prose-check';
import { lookup } from './software-collection';

const codes = readdirSync('src/content/codes').map((f) => f.replace(/\.yaml$/, ''));
const pairs = allPairs(codes);

describe.each(['en', 'ko'] as const)('%s', (locale) => {
  const t = useTranslations(locale);
  it(`every claim of the ${pairs.length} pairs has the fact behind it`, () => {
    const problems: string[] = [];
    for (const [a, b] of pairs) {
      const claims = pairClaims(a, b, locale, t, lookup);
      const rel = relate(a, b);
      const say = (msg: string) => problems.push(`${a}-vs-${b}: ${msg}`);
      for (const c of claims) {
        if (c.kind === 'sequence') {
          const s = sharedSequences(a, b)[0];
          if (!s) say('sequence claim without a shared sequence');
          else {
            const second = s.first === a ? b : a;
            if (c.text.indexOf(s.first) > c.text.lastIndexOf(second)) say(`sequence claim names ${second} before ${s.first}`);
          }
        }
        if (c.kind === 'situation' && !sharedSituations(a, b).length) say('situation claim without a situation');
        if (c.kind === 'cause' && !sharedCauses(a, b).length) say('cause claim without a shared cause');
        if ((c.kind === 'tcp' || c.kind === 'rulesOut') && !isNetwork(a) && !isNetwork(b)) say('TCP claim without a Winsock error');
        if (c.kind === 'stage' && rel.first) {
          const second = rel.first === a ? b : a;
          if (codeOrder(rel.first, second) !== -1) say('order claim against the model');
          if (c.text.indexOf(rel.first) > c.text.indexOf(second)) say('order claim names the later code first');
        }
        // A fix sentence that places one code before the other needs the model's order.
        if (c.kind === 'fix' && !rel.first && /got past|stopped at|지난 것이니|멈춘 것이니/.test(c.text)) say('fix claim with an order the model does not give');
        if (/[{}]/.test(c.text)) say(`unfilled placeholder in "${c.text}"`);
        for (const d of doubledWords(c.text)) say(`doubled "${d}"`);
        if (locale === 'ko') for (const e of englishRuns(c.text.replace(/`[^`]*`/g, ' '))) say(`English in Korean: "${e}"`);
      }
      if (!claims.length) say('no claim at all');
      if (rel.situations.length && claims[0]!.kind !== 'situation') say('a situation pair does not lead with it');
      if (problems.length > 20) break;
    }
    expect(problems).toEqual([]);
  });

  it('titles fit in 60 characters and descriptions in 50 to 160', () => {
    const bad = pairs
      .map(([a, b]) => [`${a}-vs-${b}`, pairTitle(a, b, locale, t), pairDescription(a, b, locale, t)] as const)
      .filter(([, title, desc]) => title.length > 60 || desc.length < 50 || desc.length > 160);
    expect(bad).toEqual([]);
  });

  it('asks the question a searcher types', () => {
    expect(pairTitle('421', '530', locale, t)).toBe(locale === 'en' ? 'FTP 421 vs 530: session closed or login refused?' : 'FTP 421과 530: 세션 종료인가, 로그인 거부인가?');
  });
});

describe('key sentences', () => {
  const en = useTranslations('en');
  const ko = useTranslations('ko');
  it('421 vs 530: the same situation, by server', () => {
    expect(pairClaims('421', '530', 'en', en, lookup)[0]!.text).toBe(
      'The same situation gets one or the other depending on the server and its settings: when the server already has as many sessions as it allows, 421 comes from vsftpd, Pure-FTPd, and FileZilla Server (since 1.8.0), 530 from ProFTPD.',
    );
    expect(pairClaims('421', '530', 'ko', ko, lookup)[0]!.text).toBe(
      '서버가 허용하는 세션 수가 이미 다 찬 경우, 같은 상황인데도 서버와 설정에 따라 vsftpd, Pure-FTPd, FileZilla Server(1.8.0부터)에서는 421이, ProFTPD에서는 530이 옵니다.',
    );
  });
  it('10060 vs 10061: what the client saw and how long it took', () => {
    const [lead] = pairClaims('10060', '10061', 'en', en, lookup);
    expect(lead!.kind).toBe('tcp');
    expect(lead!.text).toContain('about 20 seconds');
    expect(lead!.text).toContain('at once');
  });
  it('425 vs 10060: one fix, said once', () => {
    const causes = pairClaims('425', '10060', 'en', en, lookup).filter((c) => c.kind === 'cause');
    expect(causes).toHaveLength(1);
    expect(causes[0]!.text).toContain('passive port range');
  });
});
