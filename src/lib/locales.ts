/** The site's locales: one table feeds Astro's i18n config, head tags, the sitemap and tests. */

/** URL segment of each locale, in display order. */
export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

/** The locale used for x-default and for readers whose browser asks for neither language. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Per locale: BCP-47 tag for `lang`/`hreflang`, the name shown in the language switch, the Open Graph locale. */
export const LOCALE_INFO: Record<Locale, { lang: string; name: string; og: string }> = {
  en: { lang: 'en', name: 'English', og: 'en_US' },
  ko: { lang: 'ko', name: '한국어', og: 'ko_KR' },
};

/** Narrows a route param to a locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** getStaticPaths for a page that exists once per locale (/en/compare/, /ko/compare/). */
export function localePaths() {
  return LOCALES.map((locale) => ({ params: { locale }, props: { locale } }));
}
