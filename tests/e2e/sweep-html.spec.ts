// html-validate over every page of the built site, split in two halves so both workers share the work.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { allPages, fileFor } from './site';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = allPages();
const SHARDS = 4;

for (let shard = 0; shard < SHARDS; shard++) {
  test(`html-validate finds no error (part ${shard + 1} of ${SHARDS})`, async () => {
    test.setTimeout(600_000);
    const errors: string[] = [];
    for (const [i, path] of pages.entries()) {
      if (i % SHARDS !== shard) continue;
      const file = fileFor(path)!;
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const r of report.results) for (const m of r.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      if (errors.length > 20) break;
    }
    expect(errors).toEqual([]);
  });
}
