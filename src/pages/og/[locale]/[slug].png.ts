/** Share images: /og/en/425.png, /og/en/220-vs-425.png, /og/en/site.png (see src/lib/share-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type CodeEntry } from '../../../lib/catalog';
import { replyClass } from '../../../lib/codes';
import { LOCALES, type Locale } from '../../../lib/locales';
import { allPairs } from '../../../lib/routes';
import { CLASS_COLOURS, queueShareImage, shareImage, type ShareCard } from '../../../lib/share-image';
import { shareImagesEnabled } from '../../../lib/share-paths';
import { useTranslations } from '../../../i18n';

export const getStaticPaths = (async () => {
  if (!shareImagesEnabled()) return [];
  const catalog = await getCatalog();
  const byCode = new Map(catalog.map((e) => [e.code, e]));
  const site = new URL(import.meta.env.SITE).host;
  const routes = LOCALES.flatMap((locale) => {
    const t = useTranslations(locale);
    const side = (e: CodeEntry) => ({ code: e.code, colour: CLASS_COLOURS[replyClass(e.code)], title: e.prose[locale].data.title });
    const kicker = (e: CodeEntry) => {
      const c = replyClass(e.code);
      return c === 'winsock' ? t('class.winsock') : `${c}xx · ${t(`class.${c}`)}`;
    };
    const cards: { slug: string; card: ShareCard }[] = [
      { slug: 'site', card: { codes: [], kicker: t('site.name'), site } },
      ...catalog.map((e) => ({ slug: e.code, card: { codes: [side(e)], kicker: kicker(e), site } })),
      ...allPairs([...byCode.keys()]).map(([a, b]) => ({
        slug: `${a}-vs-${b}`,
        card: { codes: [side(byCode.get(a)!), side(byCode.get(b)!)], kicker: t('share.compare'), site },
      })),
    ];
    return cards.map(({ slug, card }) => ({ params: { locale, slug }, props: { card } }));
  });
  // Start drawing every card now, in the background, while Astro renders the pages.
  for (const r of routes) queueShareImage(r.props.card);
  return routes;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }, { locale: Locale; slug: string }> = async ({ props }) =>
  new Response(new Uint8Array(await shareImage(props.card)), { headers: { 'content-type': 'image/png' } });
