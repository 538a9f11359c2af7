// Korean prose: a particle written right after a code (`425`는, <CodeLink code="425" />는) must agree with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeParticleMistakes } from '../../src/lib/prose-check';

describe('codeParticleMistakes', () => {
  it('flags a wrong particle and accepts the right one', () => {
    expect(codeParticleMistakes('`425`은 일시적입니다')).toEqual(['`425`은 → 425는']);
    expect(codeParticleMistakes('<CodeLink code="421" />는 연결')).toEqual(['<CodeLink code="421" />는 → 421은']);
    expect(codeParticleMistakes('220과 425, 425와 530, 530으로')).toEqual([]);
  });
});

describe('Korean prose', () => {
  for (const dir of ['src/content/prose/ko', 'src/content/pairs/ko', 'src/content/symptoms/ko', 'src/content/guides/ko']) {
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    } catch {}
    for (const f of files)
      it(`${dir}/${f} puts the right particle after codes`, () => {
        expect(codeParticleMistakes(readFileSync(join(dir, f), 'utf8'))).toEqual([]);
      });
  }
});
