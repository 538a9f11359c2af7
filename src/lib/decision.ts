/** Decision paths of symptom pages: where each answer leads, and every branch from the first question. */
import type { PathTarget, SymptomData } from './content/schema';
import { paths } from './routes';

/** The page (path inside the locale) and anchor an answer leads to; `self` is the symptom that asks. */
export function targetPath(t: PathTarget, self: string): { path: string; anchor: string | undefined } {
  const path = t.code ? paths.code(t.code) : t.guide ? paths.guide(t.guide) : paths.symptom(t.symptom ?? self);
  return { path, anchor: t.anchor };
}

/** Each branch of a path from its start, as the questions it passes and the answer that ends it; throws on a loop or a missing question. */
export function branches(path: Pick<SymptomData, 'start' | 'questions'>): { via: string[]; answer: string }[] {
  const out: { via: string[]; answer: string }[] = [];
  const walk = (q: string, via: string[]) => {
    if (via.includes(q)) throw new Error(`question "${q}" leads back to itself (${[...via, q].join(' → ')})`);
    const answers = path.questions[q];
    if (!answers) throw new Error(`no question "${q}"${via.length ? ` (next of ${via[via.length - 1]})` : ' (start)'}`);
    for (const a of answers) {
      if (a.next) walk(a.next, [...via, q]);
      else out.push({ via: [...via, q], answer: a.id });
    }
  };
  walk(path.start, []);
  return out;
}

/** The questions in the order a reader meets them (breadth first from the start), each once. */
export function questionOrder(path: Pick<SymptomData, 'start' | 'questions'>): string[] {
  const order = [path.start];
  for (let i = 0; i < order.length; i++)
    for (const a of path.questions[order[i]!] ?? []) if (a.next && !order.includes(a.next)) order.push(a.next);
  return order;
}
