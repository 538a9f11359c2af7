/** GET /api/software.json: every server and client the site knows, with every text it prints, for tools. */
import type { APIRoute } from 'astro';
import { apiSoftware } from '../../lib/api';
import { getSoftware } from '../../lib/messages';
import { absoluteUrl } from '../../lib/urls';
import { paths } from '../../lib/routes';

export const GET: APIRoute = async () => {
  const software = (await getSoftware()).map((s) => apiSoftware(s, (l) => absoluteUrl(l, paths.software(s.data.kind, s.id))));
  return new Response(JSON.stringify({ version: 1, count: software.length, software }, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
