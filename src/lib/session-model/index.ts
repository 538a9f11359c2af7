/**
 * The session model: where each code happens, which codes follow each other in real sessions, which situations
 * get different codes on different servers, and which causes several codes share. Plain data and functions,
 * no DOM and no Astro, so comparison pages, the explainer and the guides can all read it.
 */
import { STAGE_OF, codeOrder, stageOf, type Stage } from './stages';
import { SEQUENCES, codesOf, type Sequence } from './sequences';
import { sharedSituations, type Situation } from './situations';
import { sharedCauses, type Cause } from './causes';
import { TCP } from './tcp';
import { modelCodeOf } from '../content/clones';

export { STAGES, STAGE_OF, stageOf, stagesOf, stageOrder, codeOrder, type Stage } from './stages';
export { SEQUENCES, codesOf, type Sequence, type Step } from './sequences';
export { SITUATIONS, sharedSituations, type Situation, type Outcome } from './situations';
export { CAUSES, sharedCauses, type Cause } from './causes';
export { TCP, type TcpFact } from './tcp';

/** A sequence in which both codes appear, with the first of the two to appear. */
export interface SharedSequence {
  sequence: Sequence;
  first: string;
  /** True when no other reply or client error comes between them. */
  adjacent: boolean;
}

/** Sequences containing both codes, adjacent ones first. */
export function sharedSequences(a: string, b: string): SharedSequence[] {
  const out: SharedSequence[] = [];
  for (const sequence of SEQUENCES) {
    const codes = codesOf(sequence);
    const ia = codes.indexOf(a);
    const ib = codes.indexOf(b);
    if (ia < 0 || ib < 0) continue;
    out.push({ sequence, first: ia < ib ? a : b, adjacent: Math.abs(ia - ib) === 1 });
  }
  // Common sessions before server-specific ones, then adjacent before distant.
  const rank = (s: SharedSequence) => (s.sequence.serverSpecific ? 2 : 0) + (s.adjacent ? 0 : 1);
  return out.sort((x, y) => rank(x) - rank(y));
}

/** What kind of comparison a pair is, in order of what matters most to a reader. */
export type PairKind = 'situation' | 'sequence' | 'winsock' | 'cause' | 'same-stage' | 'ordered' | 'unrelated';

/** Everything the model says about two codes. */
export interface PairRelation {
  kind: PairKind;
  stages: [Stage, Stage];
  /** The code that comes first in a session, if the stages are ordered. */
  first?: string | undefined;
  sequences: SharedSequence[];
  situations: Situation[];
  causes: Cause[];
}

/** The Winsock errors that are network events (the others are not part of an FTP session). */
export function isNetwork(code: string): boolean {
  const fact = TCP[modelCodeOf(code)];
  return fact !== undefined && fact.seen !== 'no-network-event';
}

/** Relates two codes through the model. */
export function relate(a: string, b: string): PairRelation {
  const stages: [Stage, Stage] = [stageOf(a), stageOf(b)];
  const order = codeOrder(a, b);
  const first = order < 0 ? a : order > 0 ? b : undefined;
  const sequences = sharedSequences(a, b);
  const situations = sharedSituations(a, b);
  const causes = sharedCauses(a, b);
  const kind: PairKind = situations.length
    ? 'situation'
    : sequences.some((s) => !s.sequence.serverSpecific)
      ? 'sequence'
      : isNetwork(a) || isNetwork(b)
        ? 'winsock'
        : causes.length
          ? 'cause'
          : stages[0] === stages[1] && stages[0] !== 'any' && stages[0] !== 'none'
            ? 'same-stage'
            : first
              ? 'ordered'
              : 'unrelated';
  return { kind, stages, first, sequences, situations, causes };
}

/** Every code the model knows, for tests. */
export const MODEL_CODES = Object.keys(STAGE_OF);
