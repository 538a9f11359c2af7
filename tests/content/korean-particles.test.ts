// Korean prose: a particle written right after a code (`425`는, <CodeLink code="425" />는) must agree with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { particle, type Particle } from '../../src/lib/particles';

const PAIRS: Record<string, Particle> = {
  은: '은/는', 는: '은/는', 이: '이/가', 가: '이/가', 을: '을/를', 를: '을/를', 과: '과/와', 와: '과/와', 으로: '으로/로', 로: '으로/로',
};

/** Every "code + particle" in a Korean text whose particle does not fit the code. */
export function particleMistakes(text: string): string[] {
  const out: string[] = [];
  const re = /(?:`(\d{3,5})`|<CodeLink code="(\d{3,5})"[^>]*\/>|(?<![\w`.])(\d{3,5}))(으로|은|는|이|가|을|를|과|와|로)(?=[\s,.;:!?)·]|$)/g;
  for (const m of text.matchAll(re)) {
    const code = m[1] ?? m[2] ?? m[3]!;
    const written = m[4]!;
    const right = particle(code, PAIRS[written]!);
    if (right !== written) out.push(`${m[0]} → ${code}${right}`);
  }
  return out;
}

describe('particleMistakes', () => {
  it('flags a wrong particle and accepts the right one', () => {
    expect(particleMistakes('`425`은 일시적입니다')).toEqual(['`425`은 → 425는']);
    expect(particleMistakes('<CodeLink code="421" />는 연결')).toEqual(['<CodeLink code="421" />는 → 421은']);
    expect(particleMistakes('220과 425, 425와 530, 530으로')).toEqual([]);
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
        expect(particleMistakes(readFileSync(join(dir, f), 'utf8'))).toEqual([]);
      });
  }
});
