/**
 * GET /api/known-texts/{locale}.json: every text the software collection knows, with when it is printed in that
 * language; fetched by the session explainer's worker on first use, never part of a page.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { knownTexts } from '../../../lib/known-texts';
import { localePaths, type Locale } from '../../../lib/locales';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props }) => {
  const software = (await getCollection('software')).map((e) => e.data);
  const prose = new Map((await getCollection('softwareProse')).map((e) => [e.id, e.data]));
  return new Response(JSON.stringify(knownTexts(software, prose, (props as { locale: Locale }).locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
