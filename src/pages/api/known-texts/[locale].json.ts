/**
 * GET /api/known-texts/{locale}.json: every text the software collection knows, with when it is printed in that
 * language, and every code's title; fetched by the search, the reply lookup and the explainer on first use, never
 * part of a page.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/catalog';
import { getSoftware } from '../../../lib/messages';
import { knownTexts } from '../../../lib/known-texts';
import { localePaths, type Locale } from '../../../lib/locales';
import { classLook, REPLY_CLASSES_ALL } from '../../../lib/codes';
import { useTranslations } from '../../../i18n';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const software = await getSoftware();
  const prose = new Map(software.flatMap((s) => Object.entries(s.prose).map(([l, p]) => [`${l}/${s.id}`, p] as const)));
  const titles = Object.fromEntries((await getCatalog()).map((e) => [e.code, e.prose[locale].data.title]));
  const t = useTranslations(locale);
  const classes = Object.fromEntries(REPLY_CLASSES_ALL.map((c) => [c, t(classLook(c).label)]));
  return new Response(JSON.stringify(knownTexts(software.map((s) => s.data), prose, locale, titles, classes)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
