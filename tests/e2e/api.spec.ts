// The JSON for tools matches its documented schema and lists every code.
import { expect, test } from '@playwright/test';
import { z } from 'zod/v4';
import { readdirSync } from 'node:fs';

const localized = z.strictObject({ title: z.string().min(1), summary: z.string().min(1), url: z.url() });
const record = z.strictObject({
  code: z.string().regex(/^\d{3}$|^100\d\d$/),
  class: z.enum(['1', '2', '3', '4', '5', '6', 'winsock']),
  group: z.enum(['0', '1', '2', '3', '4', '5']).nullable(),
  status: z.enum(['standard', 'extension', 'non-standard']),
  retry: z.enum(['not-needed', 'same', 'after-change', 'wait']),
  uses: z.array(
    z.strictObject({
      spec: z.string().nullable(),
      rfc: z.number().int().nullable(),
      section: z.string().nullable(),
      text: z.string(),
      commands: z.array(z.string()),
      greeting: z.boolean(),
      url: z.url().nullable(),
    }),
  ).min(1),
  commands: z.array(z.string()),
  messages: z.array(
    z.strictObject({
      software: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(2),
      kind: z.enum(['server', 'client']),
      id: z.string().regex(/^[a-z0-9-]+$/),
      text: z.string().min(2),
      ko: z.string().nullable(),
      versions: z.string(),
      since: z.string().nullable(),
      until: z.string().nullable(),
      setting: z.string().nullable(),
    }),
  ),
  related: z.array(z.string()),
  confused: z.array(z.string()),
  anchors: z.array(z.string()),
  locales: z.strictObject({ en: localized, ko: localized }),
});

test('/api/codes.json lists every code with a valid record', async ({ request }) => {
  const res = await request.get('/api/codes.json');
  expect(res.ok()).toBe(true);
  const body = z.strictObject({ version: z.literal(1), count: z.number(), codes: z.array(record) }).parse(await res.json());
  const onDisk = readdirSync('src/content/codes').map((f) => f.replace('.yaml', '')).sort();
  expect(body.codes.map((c) => c.code).sort()).toEqual(onDisk);
  expect(body.count).toBe(onDisk.length);
});

test('/api/codes/425.json describes 425 and links its pages', async ({ request }) => {
  const body = record.parse(await (await request.get('/api/codes/425.json')).json());
  expect(body.class).toBe('4');
  expect(new URL(body.locales.ko.url).pathname).toBe('/ko/425/');
  expect(body.anchors).toContain('fix-server');
});

const software = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  kind: z.enum(['server', 'client']),
  versions: z.string(),
  source: z.string(),
  messages: z
    .array(
      z.strictObject({
        id: z.string(),
        code: z.string().nullable(),
        text: z.string(),
        ko: z.string().nullable(),
        since: z.string().nullable(),
        until: z.string().nullable(),
        setting: z.string().nullable(),
      }),
    )
    .min(1),
  locales: z.strictObject({ en: z.strictObject({ about: z.string(), url: z.url() }), ko: z.strictObject({ about: z.string(), url: z.url() }) }),
});

test('/api/software.json lists every software file, and each code lists the messages that carry it', async ({ request }) => {
  const body = z.strictObject({ version: z.literal(1), count: z.number(), software: z.array(software) }).parse(await (await request.get('/api/software.json')).json());
  const onDisk = readdirSync(`${process.env.CONTENT_ROOT ?? 'src/content'}/software`).map((f) => f.replace('.yaml', '')).sort();
  expect(body.software.map((s) => s.id).sort()).toEqual(onDisk);
  const vsftpd = body.software.find((s) => s.id === 'vsftpd')!;
  expect(new URL(vsftpd.locales.ko.url).pathname).toBe('/ko/servers/vsftpd/');
  const m = vsftpd.messages.find((x) => x.code === '530')!;
  const code = record.parse(await (await request.get('/api/codes/530.json')).json());
  expect(code.messages).toContainEqual(expect.objectContaining({ software: 'vsftpd', id: m.id, text: m.text }));
});
