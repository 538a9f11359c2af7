// The session model against the content it names: every code has a stage, every transcript line and every
// "server X sends code Y" is a real text of the software collection carrying that code.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAUSES, SEQUENCES, SITUATIONS, STAGE_OF, TCP, codeOrder, relate, sharedSequences } from '../../src/lib/session-model';
import { en } from '../../src/lib/session-model/text/en';
import { ko } from '../../src/lib/session-model/text/ko';
import { transcript } from '../../src/lib/compare-pair';
import { lookup } from './software-collection';

const codes = readdirSync('src/content/codes').map((f) => f.replace(/\.yaml$/, ''));

describe('stages', () => {
  it('cover exactly the codes in src/content/codes', () => {
    expect(Object.keys(STAGE_OF).sort()).toEqual([...codes].sort());
  });
  it('order the session from connect to quit', () => {
    expect(codeOrder('220', '331')).toBe(-1);
    expect(codeOrder('226', '150')).toBe(1);
    // 421 can end a session at any point, so it is before or after anything.
    expect(codeOrder('421', '530')).toBe(0);
    // Navigation commands interleave with transfers.
    expect(codeOrder('250', '226')).toBe(0);
  });
});

describe('sequences', () => {
  for (const seq of SEQUENCES) {
    it(`${seq.id}: every reply is a collection text with the code given`, () => {
      for (const step of seq.steps) {
        if ('send' in step) continue;
        const code = 'reply' in step ? step.reply : step.client;
        expect(lookup(step.software, step.message).code, `${step.software}/${step.message}`).toBe(code);
      }
      for (const line of transcript(seq, lookup)) expect(line.text, seq.id).not.toMatch(/\{\w+\}/);
    });
  }
  it('include the sequences the issue names', () => {
    const adjacent = (a: string, b: string) => sharedSequences(a, b).some((s) => s.adjacent);
    expect(adjacent('227', '425')).toBe(true);
    expect(adjacent('150', '426')).toBe(true);
    expect(adjacent('331', '530')).toBe(true);
    expect(adjacent('234', '331')).toBe(true);
  });
});

describe('situations', () => {
  for (const s of SITUATIONS) {
    it(`${s.id}: each server sends the code given, with the text named`, () => {
      for (const o of s.outcomes) expect(lookup(o.software, o.message).code, `${o.software}/${o.message}`).toBe(o.code);
      expect(new Set(s.outcomes.map((o) => o.code)).size).toBeGreaterThan(1);
    });
  }
  it('split connection limits between 421 and 530', () => {
    const limit = SITUATIONS.find((s) => s.id === 'connection-limit')!;
    expect(limit.outcomes.filter((o) => o.code === '421').map((o) => o.software)).toEqual(['vsftpd', 'pure-ftpd', 'filezilla-server']);
    expect(limit.outcomes.filter((o) => o.code === '530').map((o) => o.software)).toEqual(['proftpd']);
  });
});

describe('prose of the model', () => {
  for (const [locale, text] of [['en', en], ['ko', ko]] as const) {
    it(`${locale}: has a conclusion and a label for every code, a text for every sequence, situation, cause and Winsock error`, () => {
      for (const c of codes) {
        expect(text.conclusion[c], `conclusion ${c}`).toBeTruthy();
        expect(text.label[c], `label ${c}`).toBeTruthy();
      }
      for (const s of SEQUENCES) expect(text.sequence[s.id], s.id).toBeTruthy();
      for (const s of SITUATIONS) expect(text.situation[s.id], s.id).toBeTruthy();
      for (const c of CAUSES) expect(text.cause[c.id], c.id).toBeTruthy();
      for (const c of Object.keys(TCP)) expect(text.tcp[c], c).toBeTruthy();
    });
    it(`${locale}: has a fix for every error code and none for the others`, () => {
      const isError = (c: string) => c.length === 5 || c[0] === '4' || c[0] === '5';
      expect(Object.keys(text.fix).sort()).toEqual(codes.filter(isError).sort());
    });
  }
});

describe('relate', () => {
  it('finds the kind of each pair the issue names', () => {
    expect(relate('421', '530').kind).toBe('situation');
    expect(relate('227', '425').kind).toBe('sequence');
    expect(relate('10060', '10061').kind).toBe('winsock');
    expect(relate('213', '257').kind).toBe('same-stage');
    expect(relate('425', '10060').causes.map((c) => c.id)).toContain('passive-port-blocked');
  });
});
