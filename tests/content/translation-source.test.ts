// Every Korean file says which English text it was written from, and that text is still the current one.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStamp, sourceStamp, writeStamp } from '../../src/lib/content/source';

describe('translation stamps', () => {
  it('notice a change in the English text', () => {
    const ko = writeStamp('---\ntitle: x\n---\nbody', sourceStamp('English v1'));
    expect(readStamp(ko)).toBe(sourceStamp('English v1'));
    expect(readStamp(ko)).not.toBe(sourceStamp('English v2'));
    expect(readStamp(writeStamp(ko, sourceStamp('English v2')))).toBe(sourceStamp('English v2'));
  });

  for (const dir of ['prose', 'pairs', 'symptoms', 'guides']) {
    it(`every src/content/${dir}/ko file matches the English it was written from`, () => {
      const stale: string[] = [];
      for (const file of readdirSync(`src/content/${dir}/ko`)) {
        const ko = readFileSync(`src/content/${dir}/ko/${file}`, 'utf8');
        const en = readFileSync(`src/content/${dir}/en/${file}`, 'utf8');
        const name = (dir === 'symptoms' || dir === 'guides' ? `${dir}/` : '') + file.replace(/\.mdx$/, '');
        if (readStamp(ko) !== sourceStamp(en))
          stale.push(`src/content/${dir}/ko/${file}: source: the English changed since this was written; update the Korean, then npm run content:stamp -- ${name}`);
      }
      expect(stale).toEqual([]);
    });
  }
});
