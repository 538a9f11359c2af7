/**
 * Class badges built in the browser (search results, the reply lookup), the same as ClassBadge.astro renders them:
 * colour from lib/codes classLook, label from the known-texts file's class labels (the dictionaries' badge.* keys).
 */
import { classLook, replyClass } from '../lib/codes';

/** A class badge: its colour class and its label. */
export interface Badge {
  tone: string;
  label: string;
}

/** The badges of a page, from its address: a code page's class, or both classes of a comparison; `labels` by class. */
export function badgesFor(url: string, labels: Record<string, string>): Badge[] {
  const m = /\/(\d{3,5})(?:-vs-(\d{3,5}))?\/(?:#.*)?$/.exec(url);
  return (m ? [m[1]!, m[2]] : []).flatMap((code) => {
    const cls = code && replyClass(code);
    return cls && labels[cls] ? [{ tone: classLook(cls).tone, label: labels[cls] }] : [];
  });
}

/** Appends each badge to `target` after a space, as text (never markup). */
export function appendBadges(target: HTMLElement, badges: readonly Badge[] = []): void {
  for (const b of badges) {
    const span = document.createElement('span');
    span.className = `cls ${b.tone}`;
    span.textContent = b.label;
    target.append(' ', span);
  }
}
