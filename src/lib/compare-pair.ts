/**
 * The generated prose of a comparison page, reasoned from the session model: where each code comes in a session,
 * whether they follow each other, whether one situation gets either depending on the server, what they share.
 * Every sentence is a dictionary template; the model supplies which one and the facts to fill in.
 */
import type { Locale } from './locales';
import type { Translate, UiKey } from '../i18n';
import { listOf } from './text';
import { particle } from './particles';
import { STAGES, isNetwork, relate, stagesOf, type PairRelation, type Sequence, type Stage, type Step } from './session-model';
import { en as enText } from './session-model/text/en';
import { ko as koText } from './session-model/text/ko';
import type { SessionText } from './session-model/text/types';
import { modelCodeOf } from './content/clones';

const TEXT: Record<Locale, SessionText> = { en: enText, ko: koText };

/** The session model's prose in one language. */
export function sessionText(locale: Locale): SessionText {
  return TEXT[locale];
}

/** What the model's prose says about one code; a bench clone reads its source's (see lib/content/clones.ts). */
function codeText(code: string, locale: Locale) {
  const text = TEXT[locale];
  const model = modelCodeOf(code);
  return { label: text.label[model]!, conclusion: text.conclusion[model]!, fix: text.fix[model], tcp: text.tcp[model] };
}

/** What a generated sentence claims, so a test can check each kind against the facts it came from. */
export type ClaimKind = 'stage' | 'sequence' | 'situation' | 'cause' | 'tcp' | 'rulesOut' | 'fix';

export interface Claim {
  kind: ClaimKind;
  text: string;
}

/** A text from the software collection, as a transcript or a server list needs it. */
export interface CollectionText {
  name: string;
  code?: string;
  text: string;
  since?: string;
  until?: string;
}
export type TextLookup = (software: string, message: string) => CollectionText;

const hasAny = (code: string) => stagesOf(code).includes('any');
const isNone = (code: string) => stagesOf(code)[0] === 'none';

/** "the greeting" / "the TCP connect or data-connection setup": every ordered stage a code comes at. */
export function stagePhrase(code: string, locale: Locale, t: Translate): string {
  const stages = stagesOf(code)
    .filter((s) => s !== 'any' && s !== 'none')
    .sort((x, y) => STAGES.indexOf(x as (typeof STAGES)[number]) - STAGES.indexOf(y as (typeof STAGES)[number]));
  const names = stages.map((s) => t(`stage.${s}` as UiKey));
  return locale === 'ko' ? names.join('·') : listOf(names, 'en', 'or');
}

/** A code's stages for the side-by-side table, including "any command" and "not in a normal session". */
export function stageCell(code: string, locale: Locale, t: Translate): string {
  if (isNone(code)) return t('compare.stageNone');
  if (!hasAny(code)) return stagePhrase(code, locale, t);
  const own = stagesOf(code)[0]!;
  return own === 'any' ? t('compare.stageAny') : `${t(`stage.${own}` as UiKey)}, ${t('compare.stageAny')}`;
}


/** The sentence that places the two codes in a session and says what each lets a reader conclude. */
function stageClaim(a: string, b: string, rel: PairRelation, locale: Locale, t: Translate): Claim {
  const c = (code: string) => codeText(code, locale).conclusion;
  const st = (code: string) => stagePhrase(code, locale, t);
  let text: string;
  if (isNone(a) && isNone(b)) text = t('pair.bothNone', { a, b, conclA: c(a), conclB: c(b) });
  else if (isNone(a) || isNone(b)) {
    const [none, other] = isNone(a) ? [a, b] : [b, a];
    text = t('pair.none', { none, other, conclNone: c(none), conclOther: c(other) });
  } else if (hasAny(a) && hasAny(b)) text = t('pair.bothAny', { a, b, conclA: c(a), conclB: c(b) });
  else if (hasAny(a) || hasAny(b)) {
    const [any, other] = hasAny(a) ? [a, b] : [b, a];
    text = t('pair.anyStage', { any, other, conclAny: c(any), stage: st(other), conclOther: c(other) });
  } else if (rel.first) {
    const second = rel.first === a ? b : a;
    text = t('pair.order', { first: rel.first, second, stageFirst: st(rel.first), stageSecond: st(second), conclFirst: c(rel.first), conclSecond: c(second) });
  } else if (st(a) === st(b)) text = t('pair.sameStage', { a, b, stage: st(a), conclA: c(a), conclB: c(b) });
  else text = t('pair.eitherOrder', { a, b, stageA: st(a), stageB: st(b), conclA: c(a), conclB: c(b) });
  return { kind: 'stage', text };
}

/** Sentences about the TCP level, for pairs with a Winsock network error. */
function tcpClaims(a: string, b: string, locale: Locale, t: Translate): Claim[] {
  const tcp = (code: string) => codeText(code, locale).tcp!;
  const c = (code: string) => codeText(code, locale).conclusion;
  if (isNetwork(a) && isNetwork(b)) {
    return [
      { kind: 'tcp', text: t('pair.tcpBoth', { a, b, seenA: tcp(a).seen, timingA: tcp(a).timing, seenB: tcp(b).seen, timingB: tcp(b).timing }) },
      { kind: 'rulesOut', text: t('pair.rulesOutBoth', { a, b, rulesOutA: tcp(a).rulesOut, rulesOutB: tcp(b).rulesOut }) },
    ];
  }
  const [w, other] = isNetwork(a) ? [a, b] : [b, a];
  const tw = { w, other, seenW: tcp(w).seen, timingW: tcp(w).timing, rulesOutW: tcp(w).rulesOut, conclOther: c(other) };
  const rulesOut: Claim = { kind: 'rulesOut', text: t('pair.rulesOutOne', tw) };
  if (isNone(other)) return [{ kind: 'tcp', text: t('pair.tcpOne', tw) }, rulesOut];
  // One sentence for both sides, so the key sentence is about this pair, not about the Winsock error alone.
  const lead = hasAny(other) ? t('pair.tcpVsAny', tw) : t('pair.tcpVsReply', { ...tw, stage: stagePhrase(other, locale, t) });
  return [{ kind: 'tcp', text: lead }, rulesOut];
}

/** A shared sequence as one sentence. */
function sequenceClaim(rel: PairRelation, a: string, b: string, locale: Locale, t: Translate): Claim | undefined {
  const shared = rel.sequences[0];
  if (!shared) return undefined;
  const second = shared.first === a ? b : a;
  const desc = sessionText(locale).sequence[shared.sequence.id]!;
  return { kind: 'sequence', text: t(shared.adjacent ? 'pair.sequenceAdjacent' : 'pair.sequence', { desc, first: shared.first, second }) };
}

/** The names of the software in a situation that send `code`, with the versions where the text is limited to some. */
export function sendersIn(situation: PairRelation['situations'][number], code: string, lookup: TextLookup, t: Translate): string[] {
  return situation.outcomes
    .filter((o) => o.code === code)
    .map((o) => {
      const m = lookup(o.software, o.message);
      const v = m.since ? t('compare.since', { version: m.since }) : m.until ? t('compare.until', { version: m.until }) : '';
      return v ? t('compare.withVersion', { name: m.name, note: v }) : m.name;
    });
}

/**
 * Which fix applies to which code; none when neither is an error. When one is a success and the two come in a
 * fixed order, the sentence also says what seeing one tells about the other: where the session got to.
 */
function fixClaim(a: string, b: string, first: string | undefined, locale: Locale, t: Translate): Claim | undefined {
  const fix = (code: string) => codeText(code, locale).fix;
  const [fa, fb] = [fix(a), fix(b)];
  if (fa && fb) return { kind: 'fix', text: t('pair.fixes', { a, b, fixA: fa, fixB: fb }) };
  if (!fa && !fb) return undefined;
  const [ok, err] = fa ? [b, a] : [a, b];
  const vars = { ok, err, fixErr: fix(err)!, stageOk: stagePhrase(ok, locale, t), stageErr: stagePhrase(err, locale, t) };
  if (first === ok) return { kind: 'fix', text: t('pair.fixAfterOk', vars) };
  if (first === err) return { kind: 'fix', text: t('pair.fixBeforeOk', vars) };
  return { kind: 'fix', text: t('pair.fixOne', vars) };
}

/** Every generated sentence of the page, most telling first; the first is the page's key sentence. */
export function pairClaims(a: string, b: string, locale: Locale, t: Translate, lookup: TextLookup): Claim[] {
  const rel = relate(a, b);
  const text = sessionText(locale);
  const out: Claim[] = [];
  for (const s of rel.situations) {
    out.push({
      kind: 'situation',
      text: t('pair.situation', {
        situation: text.situation[s.id]!,
        a,
        b,
        listA: listOf(sendersIn(s, a, lookup, t), locale),
        listB: listOf(sendersIn(s, b, lookup, t), locale),
      }),
    });
  }
  const seq = sequenceClaim(rel, a, b, locale, t);
  if (seq) out.push(seq);
  if (isNetwork(a) || isNetwork(b)) out.push(...tcpClaims(a, b, locale, t));
  else out.push(stageClaim(a, b, rel, locale, t));
  for (const cause of rel.causes) out.push({ kind: 'cause', text: t('pair.cause', { name: text.cause[cause.id]!.name, fix: text.cause[cause.id]!.fix }) });
  const fix = fixClaim(a, b, rel.first, locale, t);
  if (fix) out.push(fix);
  // Put the sentence that matters most for this kind of pair first.
  const lead: Record<PairRelation['kind'], ClaimKind> = {
    situation: 'situation',
    sequence: 'sequence',
    winsock: 'tcp',
    cause: 'cause',
    'same-stage': 'stage',
    ordered: 'stage',
    unrelated: 'stage',
  };
  const i = out.findIndex((c) => c.kind === lead[rel.kind]);
  if (i > 0) out.unshift(...out.splice(i, 1));
  return out;
}

/** One line of a transcript, as a log shows it. */
export interface TranscriptLine {
  role: 'command' | 'response' | 'error';
  text: string;
}

/** Fills a collection text's {placeholders} with the sequence's example values. */
function filled(text: string, fill: Record<string, string> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => fill[name] ?? m);
}

/** The lines of a sequence, with every reply and error text read from the collection. */
export function transcript(seq: Sequence, lookup: TextLookup): TranscriptLine[] {
  return seq.steps.map((s: Step) => {
    if ('send' in s) return { role: 'command', text: s.send };
    if ('reply' in s) return { role: 'response', text: `${s.reply} ${filled(lookup(s.software, s.message).text, s.fill)}` };
    return { role: 'error', text: filled(lookup(s.software, s.message).text, s.fill) };
  });
}

/** The short names used in titles, e.g. "session closed". */
export function labelOf(code: string, locale: Locale): string {
  return codeText(code, locale).label;
}

/** The page title: the question a searcher types ("FTP 421 vs 530: session closed or login refused?"), or the codes alone when that is over 60 characters. */
export function pairTitle(a: string, b: string, locale: Locale, t: Translate): string {
  const vars = { a, b, labelA: labelOf(a, locale), labelB: labelOf(b, locale) };
  const question = t('compare.titleQ', vars);
  return question.length <= 60 ? question : t('compare.titleCodes', vars);
}

/** The page description (50 to 160 characters). Korean joins the labels with 과/와, which agrees with the first code, not the label in parentheses. */
export function pairDescription(a: string, b: string, locale: Locale, t: Translate): string {
  return t('compare.descriptionQ', { a, b, labelA: labelOf(a, locale), labelB: labelOf(b, locale), and: particle(a, '과/와') });
}

export { relate, type PairRelation, type Stage };
