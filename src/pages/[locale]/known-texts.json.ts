/** GET /{lang}/known-texts.json: every known text with its code and situation, for the search and the reply lookup. */
import type { APIRoute } from 'astro';
import { getSoftware } from '../../lib/messages';
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
      code: m.code,
      text: m.text,
      ko: m.ko,
      when: s.prose[locale].when[m.id]!,
      setting: m.setting,
    })),
  );
  return new Response(JSON.stringify(packKnown(messages)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
