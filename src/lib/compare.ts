/**
 * Composes the generated parts of a comparison page from two codes' facts and prose:
 * the verdict, the side-by-side rows and the numbered key differences, in either language.
 * Every sentence comes whole from the dictionary; only codes, titles and lists are filled in,
 * so no template can leave a fragment or a doubled word behind.
 */
import type { Locale } from './locales';
import type { Translate } from '../i18n';
import { commandsOf, defaultRetry, replyClass, replyGroup, type ReplyClass } from './codes';
import { listOf } from './text';
import { specLabel, type SpecId } from './specs';
import type { CodeData, ProseData } from './content/schema';

/** What compare needs of one code: its facts, its prose in the page's language, and who sends it. */
export interface Side {
  code: string;
  data: CodeData;
  text: ProseData;
  /** Names of the software in the collection that send or print this code, servers first. */
  senders: string[];
}

/** Quotes a title the way each language does inline. */
export function quoteTitle(title: string, locale: Locale): string {
  return locale === 'ko' ? `‘${title}’` : `“${title}”`;
}

const isPositive = (c: ReplyClass) => c === '1' || c === '2' || c === '3';
const isError = (c: ReplyClass) => c === '4' || c === '5' || c === 'winsock';

/** "RFC 959 section 4.2.2" / "RFC 959 4.2.2절" for each RFC use, or the software for a non-standard code. */
export function specsOf(data: CodeData, t: Translate): string[] {
  return data.uses
    .filter((u) => u.spec !== 'none')
    .map((u) => t('spec.use', { spec: specLabel(u.spec as SpecId), section: u.section ?? '' }));
}

/** At most this many senders are named in one sentence or cell; a Winsock error has dozens. */
const MAX_SENDERS = 4;

/** The software that sends a code, for a sentence: the first few names, the rest as "…". */
export function sendersOf(side: Side, locale: Locale): string {
  if (side.senders.length <= MAX_SENDERS) return listOf(side.senders, locale);
  return `${side.senders.slice(0, MAX_SENDERS).join(', ')}, …`;
}

/** Which of the two the reader most likely has: the only error of the pair, if there is exactly one. */
export function likelyCode(a: Side, b: Side): string | undefined {
  const ea = isError(replyClass(a.code));
  const eb = isError(replyClass(b.code));
  if (ea === eb) return undefined;
  return ea ? a.code : b.code;
}

/** One or two sentences that say how the two differ, first on the page. */
export function verdict(a: Side, b: Side, locale: Locale, t: Translate): string {
  const ca = replyClass(a.code);
  const cb = replyClass(b.code);
  const q = (s: Side) => quoteTitle(s.text.title, locale);
  if ((ca === 'winsock') !== (cb === 'winsock')) {
    const [w, other] = ca === 'winsock' ? [a, b] : [b, a];
    return t('verdict.winsock', { w: w.code, wTitle: w.text.title, other: other.code, otherTitle: q(other) });
  }
  if (isPositive(ca) !== isPositive(cb) && (isError(ca) || isError(cb))) {
    const [pos, neg] = isPositive(ca) ? [a, b] : [b, a];
    return t('verdict.posNeg', { pos: pos.code, posTitle: q(pos), neg: neg.code, negTitle: q(neg) });
  }
  if ((ca === '4' && cb === '5') || (ca === '5' && cb === '4')) {
    const [tr, pe] = ca === '4' ? [a, b] : [b, a];
    return t('verdict.transientPermanent', { a: a.code, b: b.code, t: tr.code, p: pe.code });
  }
  if (ca === cb) return t('verdict.sameClass', { a: a.code, b: b.code, classPlural: t(`classPlural.${ca}`), titleA: q(a), titleB: q(b) });
  return t('verdict.different', {
    a: a.code,
    b: b.code,
    classA: t(`classSingular.${ca}`),
    classB: t(`classSingular.${cb}`),
    titleA: a.text.title,
    titleB: b.text.title,
  });
}

/** The numbered key differences, each one or two whole sentences; backticks mark code. */
export function differences(a: Side, b: Side, locale: Locale, t: Translate): string[] {
  const out: string[] = [];
  const q = (s: Side) => quoteTitle(s.text.title, locale);
  out.push(t('diff.meaning', { a: a.code, b: b.code, titleA: q(a), titleB: q(b) }));

  const ca = replyClass(a.code);
  const cb = replyClass(b.code);
  if (ca !== cb) out.push(t('diff.class', { a: a.code, b: b.code, classA: t(`classSingular.${ca}`), classB: t(`classSingular.${cb}`) }));

  const ra = a.data.retry ?? defaultRetry(a.code);
  const rb = b.data.retry ?? defaultRetry(b.code);
  if (ra !== rb) out.push(`${t(`retrySentence.${ra}`, { code: a.code })} ${t(`retrySentence.${rb}`, { code: b.code })}`);

  const ga = replyGroup(a.code);
  const gb = replyGroup(b.code);
  if (ga && gb && ga !== gb)
    out.push(t('diff.group', { a: a.code, b: b.code, groupA: t(`groupName.${ga}`), groupB: t(`groupName.${gb}`), ga, gb }));

  const cmdsA = commandsOf(a.data.uses);
  const cmdsB = commandsOf(b.data.uses);
  const fmt = (list: string[]) => listOf(list.map((c) => `\`${c}\``), locale);
  const shared = cmdsA.filter((c) => cmdsB.includes(c));
  for (const s of [a, b]) if (commandsOf(s.data.uses).length === 0) out.push(t('diff.noCommand', { code: s.code }));
  if (cmdsA.length && cmdsB.length) {
    const onlyA = cmdsA.filter((c) => !shared.includes(c));
    const onlyB = cmdsB.filter((c) => !shared.includes(c));
    if (onlyA.length && onlyB.length) out.push(t('diff.commandsBoth', { a: a.code, b: b.code, cmdsA: fmt(onlyA), cmdsB: fmt(onlyB) }));
    if (shared.length) out.push(t('diff.commandsShared', { shared: fmt(shared) }));
  }

  const specA = specsOf(a.data, t);
  const specB = specsOf(b.data, t);
  for (const s of [a, b]) {
    if (replyClass(s.code) === 'winsock') out.push(t('diff.winsockSpec', { code: s.code }));
    else if (s.data.status === 'non-standard')
      out.push(s.senders.length ? t('diff.nonStandard', { code: s.code, software: sendersOf(s, locale) }) : t('diff.nonStandardNone', { code: s.code }));
  }
  if (specA.length && specB.length && specA[0] !== specB[0])
    out.push(t('diff.spec', { a: a.code, b: b.code, specA: listOf(specA, locale), specB: listOf(specB, locale) }));

  if (ca !== cb) out.push(`${t(`nextSentence.${ca}`, { code: a.code })} ${t(`nextSentence.${cb}`, { code: b.code })}`);
  return out;
}

/** Escapes text for HTML and turns `backticks` into <code>, for composed sentences. */
export function inlineCode(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replace(/`([^`]+)`/g, '<code>$1</code>');
}

