/** GET /api/known-texts.json: every text the software collection knows, for the session explainer (fetched on demand). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { knownTexts } from '../../lib/known-texts';

export const GET: APIRoute = async () => {
  const software = (await getCollection('software')).map((e) => e.data);
  const prose = new Map((await getCollection('softwareProse')).map((e) => [e.id, e.data]));
  return new Response(JSON.stringify(knownTexts(software, prose)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
