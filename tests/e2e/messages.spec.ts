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
  text: string;
  ko?: string;
}
/** A text as a code page prints it: servers put the code in front (src/lib/messages/order.ts, printedLine). */
const printed = (kind: 'server' | 'client', m: Message) => (kind === 'server' && m.code ? `${m.code} ${m.text}` : m.text);
const decodeEntities = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const software = readdirSync(join(ROOT, 'software'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(ROOT, 'software', f), 'utf8')) as { id: string; kind: 'server' | 'client'; messages: Message[] });

for (const locale of ['en', 'ko'] as const) {
  test(`/${locale}/ code pages list exactly the messages that carry their code`, () => {
    const problems: string[] = [];
    for (const code of siteCodes()) {
      // Per software group (its heading links the software page): the texts listed, as printed; folded ones carry no
      // link of their own, so they are told apart by their text (the Korean text where the client ships one).
      const root = page(`/${locale}/${code}/`);
      const listed = new Map<string, string[]>();
      let current: string | undefined;
      const section = root.querySelector('section[aria-labelledby="messages"]') ?? root.querySelector('#messages')?.parentNode;
      for (const el of section?.querySelectorAll('h4, .msgs > li') ?? []) {
        if (el.tagName === 'H4') current = el.querySelector('a')?.getAttribute('href')?.split('/').filter(Boolean).pop();
        else if (current) listed.set(current, [...(listed.get(current) ?? []), el.querySelector('code')!.text]);
      }
      for (const s of software) {
        const own = s.messages.filter((m) => m.code === code);
        const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
        const shown = (listed.get(s.id) ?? []).map((t) => norm(decodeEntities(t))).sort();
        const expected = own.map((m) => norm(printed(s.kind, m))).sort();
        const alternatives = own.map((m) => m.ko && norm(m.ko));
        const same = shown.length === expected.length && shown.every((t) => expected.includes(t) || alternatives.includes(t));
        if (!same) problems.push(`${code} ${s.id}: lists ${shown.length}, the collection has ${expected.length}`);
      }
      for (const id of listed.keys()) if (!software.some((s) => s.id === id)) problems.push(`${code}: a group for unknown software ${id}`);
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
