import { describe, expect, it } from 'vitest';
import { branches, questionOrder, targetPath } from '../../src/lib/decision';
import { outline } from '../../src/lib/outline';

const path = {
  start: 'a',
  questions: {
    a: [{ id: 'x', next: 'b' }, { id: 'y', to: { code: '425', anchor: 'causes' } }],
    b: [{ id: 'z', to: { guide: 'ftps' } }, { id: 'w', to: { anchor: 'fix-client' } }],
  },
};

describe('decision paths', () => {
  it('lists every branch from the start, each ending at a target', () => {
    expect(branches(path)).toEqual([
      { via: ['a', 'b'], answer: 'z' },
      { via: ['a', 'b'], answer: 'w' },
      { via: ['a'], answer: 'y' },
    ]);
    expect(questionOrder(path)).toEqual(['a', 'b']);
  });
  it('refuses loops and missing questions', () => {
    expect(() => branches({ ...path, questions: { ...path.questions, b: [{ id: 'z', next: 'a' }] } })).toThrow('question "a" leads back to itself (a → b → a)');
    expect(() => branches({ ...path, start: 'c' })).toThrow('no question "c" (start)');
  });
  it('turns a target into a page path and anchor; no page means the symptom itself', () => {
    expect(targetPath({ code: '425', anchor: 'causes' }, 'listing-fails')).toEqual({ path: '425/', anchor: 'causes' });
    expect(targetPath({ guide: 'ftps' }, 'listing-fails')).toEqual({ path: 'guides/ftps/', anchor: undefined });
    expect(targetPath({ anchor: 'fix-client' }, 'listing-fails')).toEqual({ path: 'troubleshoot/listing-fails/', anchor: 'fix-client' });
  });
  it('reads the outline of an MDX body', () => {
    expect(outline('<Part id="signs" title="What you see">x</Part>\n<Section id="fix-client">y</Section>')).toEqual([
      { id: 'signs', title: 'What you see' },
      { id: 'fix-client' },
    ]);
  });
});
