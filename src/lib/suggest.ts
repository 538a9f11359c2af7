/**
 * What the 404 page suggests for a mistyped address: the nearest reply codes for an unknown number, every code
 * that starts with a partial one (/en/42/ → 421…429), the class page for one digit, the nearest command names
 * for a misspelt command. Runs in the browser on the 404 page, so it imports nothing.
 */

export type Suggestion = { kind: 'code'; code: string } | { kind: 'class'; digit: string } | { kind: 'command'; command: string } | { kind: 'commands' };

/** Levenshtein distance, small strings only (command names). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Suggestions for the path that was not found, best first; empty when nothing in it looks like a code or command. */
export function suggest(pathname: string, codes: readonly string[], commands: readonly string[], max = 6): Suggestion[] {
  const segments = decodeURIComponent(pathname).split('/').filter(Boolean);
  // Drop the locale; keep what the reader typed after it.
  const rest = segments[0] && /^[a-z]{2}$/.test(segments[0]) ? segments.slice(1) : segments;
  const last = rest[rest.length - 1] ?? '';
  const numbers = rest.join(' ').match(/\d+/g) ?? [];

  const pair = last.match(/^(\d+)-vs-(\d+)$/);
  if (pair) return [pair[1]!, pair[2]!].filter((c) => codes.includes(c)).map((code) => ({ kind: 'code', code }));

  if (numbers.length === 1 && /^\d+$/.test(last)) {
    const n = last;
    if (codes.includes(n)) return [{ kind: 'code', code: n }];
    if (n.length === 1 && '123456'.includes(n)) return [{ kind: 'class', digit: n }];
    const prefixed = codes.filter((c) => c.startsWith(n) && c !== n);
    if (prefixed.length && n.length < 3) return prefixed.slice(0, Math.max(max, 10)).map((code) => ({ kind: 'code', code }));
    const value = Number(n);
    return [...codes]
      .sort((a, b) => Math.abs(Number(a) - value) - Math.abs(Number(b) - value) || Number(a) - Number(b))
      .slice(0, max)
      .map((code) => ({ kind: 'code', code }));
  }

  const word = last.toUpperCase();
  if (/^[A-Z]{2,6}$/.test(word)) {
    const near = commands
      .map((command) => ({ command, d: distance(word, command) }))
      .filter((x) => x.d <= (word.length >= 4 ? 2 : 1))
      .sort((a, b) => a.d - b.d || a.command.localeCompare(b.command))
      .slice(0, max)
      .map(({ command }): Suggestion => ({ kind: 'command', command }));
    // A command typed in the wrong place (/en/pasv/) is that command, not its neighbours.
    if (commands.includes(word)) near.splice(0, near.length, { kind: 'command', command: word });
    if (near.length || rest[0] === 'commands') return [...near, { kind: 'commands' }];
  }
  return [];
}
