/** The trail from a locale's home to a page (Home › 4xx › 425), derived from the page's path alone. */
import type { Translate } from '../i18n';
import { isWinsock } from './codes';
import { paths } from './routes';

export interface Crumb {
  name: string;
  /** Path inside the locale, as in routes.ts ("4xx/"). */
  path: string;
}

/** The crumbs after Home for the page at `path`, ending with the page itself named `self`. */
export function trail(path: string, self: string, t: Translate): Crumb[] {
  if (path === paths.home) return [];
  const code = path.match(/^(\d+)\/$/)?.[1];
  if (code && !isWinsock(code)) {
    const c = code[0] as '1' | '2' | '3' | '4' | '5' | '6';
    return [{ name: `${c}xx`, path: paths.replyClass(c) }, { name: self, path }];
  }
  if (/^\d+-vs-\d+\/$/.test(path)) return [{ name: t('crumb.compare'), path: paths.compare }, { name: self, path }];
  if (path.startsWith(paths.commands) && path !== paths.commands) return [{ name: t('crumb.commands'), path: paths.commands }, { name: self, path }];
  return [{ name: self, path }];
}
