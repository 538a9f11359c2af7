/** Locale-aware URLs through Astro's i18n helpers, so no page builds an address by hand. */
import { getAbsoluteLocaleUrl, getRelativeLocaleUrl } from 'astro:i18n';
import type { Locale } from './locales';

/** "/ko/425/" for (ko, "425/"). */
export function localUrl(locale: Locale, path: string): string {
  return getRelativeLocaleUrl(locale, path);
}

/** "https://…/ko/425/" for (ko, "425/"). */
export function absoluteUrl(locale: Locale, path: string): string {
  return getAbsoluteLocaleUrl(locale, path);
}
