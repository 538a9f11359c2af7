/**
 * GET /api/known-texts/{locale}.json: every text the software collection knows, with when it is printed in that
 * language, and every code's title; fetched by the reply lookup and the explainer on first use, never part of a page.
 * The header search reads the lighter /api/search-texts/{locale}.json, made from this file.
 */
import type { APIRoute } from 'astro';
import { getKnownTextsFile } from '../../../lib/messages';
import { localePaths, type Locale } from '../../../lib/locales';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  return new Response(JSON.stringify(await getKnownTextsFile(locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
