// The real content passes the content guard: every schema rule and every cross-reference.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../../src/lib/content/validate';

describe('src/content', () => {
  it('has no content problems', () => {
    expect(validateContent('src/content').map(formatProblem)).toEqual([]);
  });
});
