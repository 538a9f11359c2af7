// Every reply code a reader can meet has an entry, in both languages, with the right status.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LOCALES } from '../../src/lib/locales';

const RFC959 = ['110', '120', '125', '150', '200', '202', '211', '212', '213', '214', '215', '220', '221', '225', '226', '227', '230', '250', '257', '331', '332', '350', '421', '425', '426', '450', '451', '452', '500', '501', '502', '503', '504', '530', '532', '550', '551', '552', '553'];
const EXTENSIONS = ['228', '521', '232', '234', '235', '334', '335', '336', '431', '533', '534', '535', '536', '537', '631', '632', '633', '229', '522', '554', '555'];
const NON_STANDARD = ['400', '430', '434', '435', '251', '252', '520', '556', '10053', '10054', '10060', '10061', '10065', '10066', '10068'];

const facts = (code: string) => parse(readFileSync(`src/content/codes/${code}.yaml`, 'utf8'));

describe('coverage', () => {
  for (const [status, codes] of [
    ['standard', RFC959],
    ['extension', EXTENSIONS],
    ['non-standard', NON_STANDARD],
  ] as const) {
    for (const code of codes) {
      it(`${code} has facts (${status}) and prose in ${LOCALES.join(' and ')}`, () => {
        expect(existsSync(`src/content/codes/${code}.yaml`)).toBe(true);
        expect(facts(code).status).toBe(status);
        for (const locale of LOCALES) expect(existsSync(`src/content/prose/${locale}/${code}.mdx`)).toBe(true);
      });
    }
  }

  it('keeps both meanings of the numbers that have two, each with its source', () => {
    const specs = (code: string) => facts(code).uses.map((u: { spec: string }) => u.spec);
    expect(specs('521')).toEqual(expect.arrayContaining(['rfc1639', 'rfc4217']));
    expect(specs('522')).toEqual(expect.arrayContaining(['rfc2428', 'rfc4217']));
  });

  it('gives every error code at least two distinct causes in each language', () => {
    const thin: string[] = [];
    for (const code of [...RFC959, ...EXTENSIONS, ...NON_STANDARD].filter((c) => /^[45]/.test(c) || c.length === 5))
      for (const locale of LOCALES) {
        const body = readFileSync(`src/content/prose/${locale}/${code}.mdx`, 'utf8');
        const causes = body.split('<Section id="causes">')[1]!.split('</Section>')[0]!;
        const count = (causes.match(/^### /gm) ?? []).length;
        if (count < 2) thin.push(`${locale}/${code}: ${count}`);
      }
    expect(thin).toEqual([]);
  });
});
