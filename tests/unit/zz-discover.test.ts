import { it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { allPages, fileFor } from '../e2e/site';
import { readingBlocks, withoutCode, markupLeftovers, quoteProblems, particleMistakes, englishRuns } from '../../src/lib/prose-check';

it('discover', () => {
  const which = process.env.WHICH ?? 'all';
  const pages = allPages().filter((p) => !/-vs-/.test(p) || process.env.PAIRS);
  const out: string[] = [];
  for (const p of pages) {
    const lang = p.startsWith('/ko/') ? 'ko' : 'en';
    const root = parse(readFileSync(fileFor(p)!, 'utf8'));
    for (const b of readingBlocks(root, lang)) {
      for (const d of markupLeftovers(b)) out.push(`M ${p} ${d}`);
      for (const d of quoteProblems(b)) out.push(`Q ${p} ${d}`);
      if (lang === 'ko') {
        for (const d of particleMistakes(b)) out.push(`P ${p} ${d}`);
        for (const d of englishRuns(withoutCode(b))) out.push(`E ${p} ${d}`);
      }
    }
  }
  writeFileSync('/tmp/cw/discover.txt', out.join('\n'));
}, 600000);
