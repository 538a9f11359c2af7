// Messages come from the software collection only: each code page lists exactly the texts that carry its code,
// and each software page shows every text it prints, at its own anchor, linking to real code pages and sections.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fileFor, page, siteCodes } from './site';

const ROOT = process.env.CONTENT_ROOT ?? 'src/content';
interface Message {
  id: string;
  code?: string;
}
const software = readdirSync(join(ROOT, 'software'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(ROOT, 'software', f), 'utf8')) as { id: string; kind: 'server' | 'client'; messages: Message[] });

for (const locale of ['en', 'ko'] as const) {
  test(`/${locale}/ code pages list exactly the messages that carry their code`, () => {
    const problems: string[] = [];
    for (const code of siteCodes()) {
      const expected = software.flatMap((s) => s.messages.filter((m) => m.code === code).map((m) => `/${locale}/${s.kind}s/${s.id}/#${m.id}`)).sort();
      const listed = page(`/${locale}/${code}/`)
        .querySelectorAll('#messages ~ * .msgs li > a, section[aria-labelledby="messages"] .msgs li > a')
        .map((a) => a.getAttribute('href')!);
      const unique = [...new Set(listed)].sort();
      if (unique.length !== listed.length) problems.push(`${code}: a message is listed twice`);
      if (unique.join('\n') !== expected.join('\n')) problems.push(`${code}: lists ${unique.length}, the collection has ${expected.length}`);
    }
    expect(problems).toEqual([]);
  });

  test(`/${locale}/ software pages show every message at its anchor and link only to real pages and sections`, () => {
    const problems: string[] = [];
    const codes = new Set(siteCodes());
    for (const s of software) {
      const path = `/${locale}/${s.kind}s/${s.id}/`;
      if (!fileFor(path)) {
        problems.push(`${path}: missing`);
        continue;
      }
      const root = page(path);
      for (const m of s.messages) if (!root.querySelector(`li[id="${m.id}"]`)) problems.push(`${path}: no #${m.id}`);
      for (const a of root.querySelectorAll('main a[href]')) {
        const url = new URL(a.getAttribute('href')!, `http://x${path}`);
        const target = url.pathname;
        if (!fileFor(target)) problems.push(`${path} → ${target}: no such page`);
        else if (url.hash && !page(target).querySelector(`[id="${decodeURIComponent(url.hash.slice(1))}"]`)) problems.push(`${path} → ${target}${url.hash}: no such anchor`);
        const code = target.match(/^\/(?:en|ko)\/(\d+)\/$/)?.[1];
        if (code && !codes.has(code)) problems.push(`${path} → unknown code ${code}`);
      }
      // Each message with a code links to the fix for its kind on that code's page.
      const fix = s.kind === 'server' ? '#fix-server' : '#fix-client';
      for (const m of s.messages.filter((x) => x.code)) {
        const li = root.querySelector(`li[id="${m.id}"]`);
        if (li && !li.querySelector(`a[href="/${locale}/${m.code}/${fix}"]`)) problems.push(`${path}#${m.id}: no link to /${locale}/${m.code}/${fix}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
}

test('the server and client lists link every software page, from the home page and the footer', async ({ page: tab }) => {
  for (const kind of ['server', 'client'] as const) {
    const ids = software.filter((s) => s.kind === kind).map((s) => `/en/${kind}s/${s.id}/`).sort();
    const listed = page(`/en/${kind}s/`).querySelectorAll('main .summary-list a').map((a) => a.getAttribute('href')!).sort();
    expect(listed).toEqual(ids);
  }
  await tab.goto('/ko/');
  await tab.locator('footer').getByRole('link', { name: 'FTP 서버별 응답 메시지' }).click();
  await expect(tab).toHaveURL('/ko/servers/');
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('FTP 서버별 응답 메시지');
});
