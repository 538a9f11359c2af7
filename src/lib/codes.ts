/** What the digits of a reply code say, derived once from the code itself (RFC 959 section 4.2). */

/** 1–6 for three-digit replies; 'winsock' for the five-digit Windows socket errors that clients show as replies. */
export type ReplyClass = '1' | '2' | '3' | '4' | '5' | '6' | 'winsock';

/** RFC 959 section 4.2: what the second digit is about. */
export type ReplyGroup = '0' | '1' | '2' | '3' | '4' | '5';

/** Whether sending the same command again can succeed. */
export type Retry = 'not-needed' | 'same' | 'after-change' | 'wait';

export const CODE_PATTERN = /^(?:[1-6][0-5]\d|100\d\d)$/;

/** True for the five-digit Winsock numbers (10054, 10060…). */
export function isWinsock(code: string): boolean {
  return code.length === 5;
}

/** The reply class, from the first digit. */
export function replyClass(code: string): ReplyClass {
  return isWinsock(code) ? 'winsock' : (code[0] as ReplyClass);
}

/** The function group, from the second digit; Winsock numbers have none. */
export function replyGroup(code: string): ReplyGroup | undefined {
  return isWinsock(code) ? undefined : (code[1] as ReplyGroup);
}

/** 4xx replies are transient, 5xx permanent; the rest are not errors of that kind. */
export function isTransient(code: string): boolean {
  return replyClass(code) === '4';
}

/** Default retry advice by class; an entry may override it when real servers behave otherwise. */
export function defaultRetry(code: string): Retry {
  switch (replyClass(code)) {
    case '4':
      return 'same';
    case '5':
    case 'winsock':
      return 'after-change';
    default:
      return 'not-needed';
  }
}

/** Sorts codes numerically (three-digit codes before the five-digit Winsock numbers). */
export function compareCodes(a: string, b: string): number {
  return Number(a) - Number(b);
}

/** The six classes of three-digit replies, each with its own page (/en/4xx/). */
export const REPLY_CLASSES = ['1', '2', '3', '4', '5', '6'] as const;

/** Every class a code on this site can have, in the order lists show them. */
export const REPLY_CLASSES_ALL: readonly ReplyClass[] = [...REPLY_CLASSES, 'winsock'];

/** What kind of reply the code is, as the facts table and comparisons name it. */
export function replyKind(code: string): 'positive' | 'transient' | 'permanent' | 'protected' | 'notReply' {
  const cls = replyClass(code);
  if (cls === '4') return 'transient';
  if (cls === '5') return 'permanent';
  if (cls === '6') return 'protected';
  if (cls === 'winsock') return 'notReply';
  return 'positive';
}

/**
 * How a class shows at a glance, the one place that pairs a class with its look: `tone` is the CSS class that gives
 * its colour (site.css, .c1 … .cw), `label` its short name's key in the dictionaries. The label always goes with the
 * colour, so the class never rests on colour alone.
 */
export function classLook(cls: ReplyClass): { tone: `c${'1' | '2' | '3' | '4' | '5' | '6' | 'w'}`; label: `badge.${ReplyClass}` } {
  return { tone: cls === 'winsock' ? 'cw' : `c${cls}`, label: `badge.${cls}` };
}

/** The commands that return a code in any of its uses, sorted, once each. */
export function commandsOf(uses: readonly { commands: readonly string[] }[]): string[] {
  return [...new Set(uses.flatMap((u) => u.commands))].sort();
}
