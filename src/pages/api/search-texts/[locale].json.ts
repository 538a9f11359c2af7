/**
 * GET /api/search-texts/{locale}.json: the known texts without their situations and settings, and every code's title;
 * fetched by the header search on first use (a fifth of /api/known-texts/{locale}.json, which the lookup and the
 * explainer read). Built from the same file, so the two cannot disagree.
 */
import type { APIRoute } from 'astro';
import { searchTexts } from '../../../lib/known-texts';
import { localePaths, type Locale } from '../../../lib/locales';
import { getKnownTextsFile } from '../../../lib/messages';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  return new Response(JSON.stringify(searchTexts(await getKnownTextsFile(locale))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
