import { describe, expect, it } from 'vitest';
import { classLook, REPLY_CLASSES_ALL, replyClass } from '../../src/lib/codes';
import { badgesFor } from '../../src/scripts/class-badges';
import { en } from '../../src/i18n/en';
import { ko } from '../../src/i18n/ko';

describe('classLook', () => {
  it('gives every class its own colour class and a label in both languages', () => {
    const looks = REPLY_CLASSES_ALL.map(classLook);
    for (const l of looks) {
      expect(en[l.label]).toBeTruthy();
      expect(ko[l.label]).toBeTruthy();
    }
    expect(new Set(looks.map((l) => l.label)).size).toBe(REPLY_CLASSES_ALL.length);
    expect(new Set(looks.map((l) => l.tone)).size).toBe(REPLY_CLASSES_ALL.length);
  });
  it('follows the first digit, and Winsock numbers are not replies', () => {
    expect(classLook(replyClass('425'))).toEqual({ tone: 'c4', label: 'badge.4' });
    expect(classLook(replyClass('530'))).toEqual({ tone: 'c5', label: 'badge.5' });
    expect(classLook(replyClass('10060'))).toEqual({ tone: 'cw', label: 'badge.winsock' });
  });
});

describe('search result badges', () => {
  const labels = Object.fromEntries(REPLY_CLASSES_ALL.map((c) => [c, en[classLook(c).label]]));
  it('label a code page, both codes of a comparison, and nothing else', () => {
    expect(badgesFor('/en/425/', labels)).toEqual([{ tone: 'c4', label: 'Transient failure' }]);
    expect(badgesFor('/en/425/#fix-client', labels)).toEqual([{ tone: 'c4', label: 'Transient failure' }]);
    expect(badgesFor('/ko/220-vs-10060/', labels).map((b) => b.tone)).toEqual(['c2', 'cw']);
    expect(badgesFor('/en/servers/vsftpd/#max-per-ip', labels)).toEqual([]);
    expect(badgesFor('/en/4xx/', labels)).toEqual([]);
    expect(badgesFor('/en/troubleshoot/listing-fails/', labels)).toEqual([]);
  });
  it('shows no badge when the labels did not load', () => {
    expect(badgesFor('/en/425/', {})).toEqual([]);
  });
});
