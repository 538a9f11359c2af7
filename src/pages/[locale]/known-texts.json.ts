/** GET /{lang}/known-texts.json: every known text with its code and situation, for the search and the reply lookup. */
import type { APIRoute } from 'astro';
import { getSoftware } from '../../lib/messages';
import { getCatalog } from '../../lib/catalog';
import { packKnown } from '../../lib/known-texts';
import { localePaths, type Locale } from '../../lib/locales';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const messages = (await getSoftware()).flatMap((s) =>
    s.data.messages.map((m) => ({
      software: s.id,
      name: s.data.name,
      kind: s.data.kind,
      id: m.id,
      text: m.text,
      when: s.prose[locale].when[m.id]!,
      ...(m.code && { code: m.code }),
      ...(m.ko && { ko: m.ko }),
      ...(m.setting && { setting: m.setting }),
    })),
  );
  const titles = Object.fromEntries((await getCatalog()).map((e) => [e.code, e.prose[locale].data.title]));
  return new Response(JSON.stringify(packKnown(messages, titles)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
