// After reviewing a Korean file against the current English, records which English it was written from:
//   npm run content:stamp -- 425 425-vs-426 symptoms/listing-fails guides/ftps     (or --all after a full review)
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { sourceStamp, writeStamp } from '../src/lib/content/source.ts';

const args = process.argv.slice(2);
if (!args.length) {
  console.error('usage: npm run content:stamp -- <code, low-vs-high, symptoms/slug or guides/slug> … | --all');
  process.exit(1);
}
const names = args[0] === '--all'
  ? ['prose', 'pairs', 'symptoms', 'guides'].flatMap((dir) => readdirSync(`src/content/${dir}/ko`).map((f) => `${dir}/${f}`))
  : args.map((n) => (n.includes('/') ? `${n}.mdx` : n.includes('-vs-') ? `pairs/${n}.mdx` : `prose/${n}.mdx`));
for (const name of names) {
  const [dir, file] = name.split('/');
  const en = `src/content/${dir}/en/${file}`;
  const ko = `src/content/${dir}/ko/${file}`;
  if (!existsSync(en) || !existsSync(ko)) {
    console.error(`content:stamp: ${ko}: no such pair of files`);
    process.exit(1);
  }
  writeFileSync(ko, writeStamp(readFileSync(ko, 'utf8'), sourceStamp(readFileSync(en, 'utf8'))));
  console.log(`stamped ${ko}`);
}
