// Messages come from the software collection only: each code page names every software that sends its code, with its
// first texts (within the page's cap) and a stated count linking the software page's section for the rest,
// and each software page shows every text it prints, at its own anchor, linking to real code pages and sections.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fileFor, page, siteCodes } from './site';
import { CODE_PAGE_TEXTS } from '../../src/lib/messages/order';

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
  .map((f) => parse(readFileSync(join(ROOT, 'software', f), 'utf8')) as { id: string; kind: 'server' | 'client'; messages: Message[]; common?: boolean });

for (const locale of ['en', 'ko'] as const) {
  test(`/${locale}/ code pages name every software that sends their code, with texts of the collection and counts that add up`, () => {
    const problems: string[] = [];
    for (const code of siteCodes()) {
      // One list item per software: its name links the software page's section for the code, then how many more texts
      // it sends than are listed, then the texts listed, as printed (the Korean text on Korean pages where the client
      // ships one).
      const root = page(`/${locale}/${code}/`);
      const groups = new Map<string, { section: string; texts: string[]; note: string }>();
      const section = root.querySelector('section[aria-labelledby="messages"]');
      for (const li of section?.querySelectorAll('ul.senders > li') ?? []) {
        const href = li.querySelector('a')?.getAttribute('href') ?? '';
        const id = href.match(/^\/(?:en|ko)\/(?:servers|clients)\/([^/]+)\//)?.[1] ?? `?${href}`;
        const note = li.childNodes.filter((n) => n.nodeType === 3).map((n) => n.text).join('');
        groups.set(id, { section: href, texts: li.querySelectorAll('.msgs > li').map((t) => t.querySelector('code')!.text), note });
      }
      let listedAll = 0;
      let total = 0;
      for (const s of software) {
        const own = s.messages.filter((m) => m.code === code);
        const group = groups.get(s.id);
        if (!own.length) {
          if (group) problems.push(`${code}: a group for ${s.id}, which does not send ${code}`);
          continue;
        }
        total += own.length;
        if (!group) {
          problems.push(`${code} ${s.id}: sends ${code} (${own.length} texts) but is not named`);
          continue;
        }
        const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
        const shown = group.texts.map((t) => norm(decodeEntities(t)));
        const byText = (t: string) => own.find((m) => norm(printed(s.kind, m)) === t || (m.ko && norm(m.ko) === t));
        const listed = new Set(shown.map(byText));
        for (const t of shown) if (!byText(t)) problems.push(`${code} ${s.id}: lists "${t}", which is not one of its ${code} texts`);
        if (listed.size !== shown.length) problems.push(`${code} ${s.id}: lists a text twice`);
        // Widely run software always shows a text; others may be named alone where the cap is reached.
        if (!shown.length && s.common) problems.push(`${code} ${s.id}: widely run, named without a text`);
        listedAll += shown.length;
        const omitted = own.filter((m) => !listed.has(m));
        const target = `/${locale}/${s.kind}s/${s.id}/#code-${code}`;
        if (group.section !== target) problems.push(`${code} ${s.id}: its name links ${group.section}, not ${target}`);
        // The number of texts left out is stated (and nothing is said when none is).
        const stated = group.note.match(/\d+/g) ?? [];
        if (omitted.length ? stated.join() !== String(omitted.length) : stated.length) problems.push(`${code} ${s.id}: omits ${omitted.length} texts, says "${group.note.trim()}"`);
        // Every text left out is in the software page's section for the code.
        const list = page(`/${locale}/${s.kind}s/${s.id}/`).querySelector(`[id="code-${code}"]`)?.nextElementSibling;
        if (!list) problems.push(`${target}: no such section`);
        for (const m of omitted)
          if (list && !list.querySelector(`li[id="${m.id}"]`)) problems.push(`${target}: no #${m.id}, which /${locale}/${code}/ leaves to it`);
      }
      for (const id of groups.keys()) if (!software.some((s) => s.id === id)) problems.push(`${code}: names unknown software ${id}`);
      // Within the budget: at most the cap, and the cap is used when the code has that many texts.
      if (listedAll > CODE_PAGE_TEXTS) problems.push(`${code}: lists ${listedAll} texts, the cap is ${CODE_PAGE_TEXTS}`);
      if (listedAll < Math.min(CODE_PAGE_TEXTS, total)) problems.push(`${code}: lists ${listedAll} of ${total} texts, the cap is ${CODE_PAGE_TEXTS}`);
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
