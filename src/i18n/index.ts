/** The UI dictionaries and a translator bound to a locale. */
import type { Locale } from '../lib/locales';
import { fill, type Vars } from '../lib/text';
import { en, type UiKey } from './en';
import { ko } from './ko';

export type { UiKey };
const dictionaries: Record<Locale, Record<UiKey, string>> = { en, ko };

/** A translator: a UI key and its values in, the sentence out. */
export type Translate = (key: UiKey, vars?: Vars) => string;

/** t('code.title', { code: '425', title: '…' }) in the given locale. */
export function useTranslations(locale: Locale): Translate {
  return (key: UiKey, vars?: Vars) => fill(dictionaries[locale][key], vars);
}

/** The raw templates whose keys start with one of `prefixes`, for a page script that fills them in the browser. */
export function uiTemplates(locale: Locale, prefixes: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(dictionaries[locale]).filter(([k]) => prefixes.some((p) => k.startsWith(p))));
}
