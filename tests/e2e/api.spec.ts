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
  messages: z.array(z.strictObject({ software: z.string(), text: z.string(), setting: z.string().optional() })),
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
