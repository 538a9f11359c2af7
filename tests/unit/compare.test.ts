// Composed sentences mark code with backticks; the page turns them into <code> safely.
import { describe, expect, it } from 'vitest';
import { inlineCode } from '../../src/lib/compare';

describe('inlineCode', () => {
  it('escapes HTML and marks code', () => {
    expect(inlineCode('Send `PASV` <now> & "then"')).toBe('Send <code>PASV</code> &lt;now&gt; &amp; &quot;then&quot;');
  });
});
