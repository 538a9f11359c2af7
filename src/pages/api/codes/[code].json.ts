/** GET /api/codes/{code}.json: one code, for tools. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type CodeEntry } from '../../../lib/catalog';
import { apiMessages, apiRecord } from '../../../lib/api';
import { getMessagesForCode } from '../../../lib/messages';
import { absoluteUrl } from '../../../lib/urls';
import { paths } from '../../../lib/routes';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getCatalog()).map((entry) => ({ params: { code: entry.code }, props: { entry } }));

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: CodeEntry };
  const messages = apiMessages(await getMessagesForCode(entry.code));
  const record = apiRecord(entry.data, { en: entry.prose.en.data, ko: entry.prose.ko.data }, (l, c) => absoluteUrl(l, paths.code(c)), messages);
  return new Response(JSON.stringify(record, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
