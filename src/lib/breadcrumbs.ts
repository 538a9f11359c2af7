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
  // Pages under a list page (commands, symptoms, guides) sit under that list.
  const parents = [
    [paths.commands, 'crumb.commands'],
    [paths.troubleshoot, 'crumb.troubleshoot'],
    [paths.guides, 'crumb.guides'],
  ] as const;
  for (const [parent, key] of parents)
    if (path.startsWith(parent) && path !== parent) return [{ name: t(key), path: parent }, { name: self, path }];
  return [{ name: self, path }];
}
