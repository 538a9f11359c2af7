/**
 * Bench clones. `npm run bench -- --scale` copies the content to a temporary folder, adds clones of real codes under
 * unused numbers and names each clone's source in CODE_CLONES (JSON, clone → source). The session model and the
 * software collection describe real codes only, so they model a clone as its source. A normal build has no clones.
 */
import { resolve } from 'node:path';
import { CONTENT_ROOT } from './root';

/** A function from a code to the code the model knows it by, for a CODE_CLONES value and the content root it goes with. */
export function modelCodeResolver(clonesJson: string | undefined, contentRoot: string): (code: string) => string {
  if (!clonesJson) return (code) => code;
  // Clones only make sense next to the copy that holds their files; this keeps them out of a build of the real site.
  if (resolve(contentRoot) === resolve('src/content'))
    throw new Error('CODE_CLONES: clones live only in a copy of the content (CONTENT_ROOT), never in src/content; unset CODE_CLONES');
  const clones = new Map(Object.entries(JSON.parse(clonesJson) as Record<string, string>));
  return (code) => clones.get(code) ?? code;
}

/** The code the session model and the software collection know `code` by: a bench clone's source, else the code itself. */
export const modelCodeOf = modelCodeResolver(process.env.CODE_CLONES, CONTENT_ROOT);
