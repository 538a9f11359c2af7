// Bench clones (scripts/bench.mjs --scale): a clone is modelled as the code it was copied from, a real code as
// itself, and a build of the real content has no clones at all.
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { modelCodeOf, modelCodeResolver } from '../../src/lib/content/clones';
import { useTranslations } from '../../src/i18n';

const codes = readdirSync('src/content/codes').map((f) => f.replace(/\.yaml$/, ''));
const copy = '/tmp/ftp-codes-x2-test/content';

describe('modelCodeResolver', () => {
  const resolve = modelCodeResolver(JSON.stringify({ '100': '550', '101': '220' }), copy);
  it('resolves a clone to its source', () => {
    expect(resolve('100')).toBe('550');
    expect(resolve('101')).toBe('220');
  });
  it('resolves a real code to itself', () => {
    expect(resolve('550')).toBe('550');
    expect(resolve('425')).toBe('425');
  });
  it('refuses clones in a build of src/content', () => {
    expect(() => modelCodeResolver(JSON.stringify({ '100': '550' }), 'src/content')).toThrow(/never in src\/content/);
  });
});

describe('a normal build', () => {
  it('has no clones: every code is modelled as itself', () => {
    expect(process.env.CODE_CLONES).toBeUndefined();
    for (const code of codes) expect(modelCodeOf(code)).toBe(code);
    expect(modelCodeOf('100')).toBe('100');
  });
});

describe('a scaled build', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });
  it('gives a clone its source’s stage, label and conclusion', async () => {
    vi.stubEnv('CONTENT_ROOT', copy);
    vi.stubEnv('CODE_CLONES', JSON.stringify({ '100': '550' }));
    vi.resetModules();
    const { stagesOf, isNetwork } = await import('../../src/lib/session-model');
    const { labelOf, pairClaims } = await import('../../src/lib/compare-pair');
    expect(stagesOf('100')).toEqual(stagesOf('550'));
    expect(isNetwork('100')).toBe(false);
    expect(labelOf('100', 'ko')).toBe(labelOf('550', 'ko'));
    const t = useTranslations('en');
    const lookup = () => ({ name: '', text: '' });
    // Sequences, situations and causes name real codes only; the sentence that places a code in a session is per code.
    const stageSentence = (a: string, b: string) => pairClaims(a, b, 'en', t, lookup).find((c) => c.kind === 'stage')!.text;
    expect(stageSentence('100', '553')).toBe(stageSentence('550', '553').replaceAll('550', '100'));
  });
});
