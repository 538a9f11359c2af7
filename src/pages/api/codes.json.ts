/** GET /api/codes.json: every code, for tools. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog';
import { apiMessages, apiRecord } from '../../lib/api';
import { getMessagesForCode } from '../../lib/messages';
import { absoluteUrl } from '../../lib/urls';
import { paths } from '../../lib/routes';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const codes = await Promise.all(
    catalog.map(async (e) =>
      apiRecord(e.data, { en: e.prose.en.data, ko: e.prose.ko.data }, (l, c) => absoluteUrl(l, paths.code(c)), apiMessages(await getMessagesForCode(e.code))),
    ),
  );
  return new Response(JSON.stringify({ version: 1, count: codes.length, codes }, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
