// Every sentence the explainer can show, filled with real values in both locales: no missing value, no wrong
// Korean particle after a code or an address, no doubled word.
import { describe, expect, it } from 'vitest';
import { uiTemplates } from '../../src/i18n';
import { fill } from '../../src/lib/text';
import { FINDINGS, VARIANTS } from '../../src/lib/session/diagnose';
import { FORMATS } from '../../src/lib/session/formats';
import { doubledWords, englishRuns, particleMistakes } from '../../src/lib/prose-check';
import { LOCALES } from '../../src/lib/locales';

const SAMPLES = [
  { command: 'PASV', arg: 'TLS', code: '502', address: '192.168.1.20', port: '50000', server: '203.0.113.10', text: '', request: 'RETR a.txt' },
  { command: 'EPSV', arg: 'SSL', code: '530', address: '10.0.0.5', port: '40001', server: '198.51.100.7', text: '', request: 'CWD reports' },
  { command: 'PORT', arg: 'TLS', code: '425', address: '100.64.3.9', port: '2121', server: '203.0.113.11', text: '', request: 'STOR x' },
];

describe.each(LOCALES)('explainer strings (%s)', (locale) => {
  const s = uiTemplates(locale, ['explain.', 'finding.']);
  const keys = FINDINGS.flatMap((id) => [
    `finding.${id}.title`,
    ...((VARIANTS as Record<string, readonly string[]>)[id] ?? ['cause']).map((v) => `finding.${id}.${v}`),
    `finding.${id}.proves`,
    `finding.${id}.notProves`,
  ]);
  it('has every finding, variant and format', () => {
    for (const k of [...keys, ...FORMATS.map((f) => `explain.format.${f}`)]) expect(s[k], k).toBeTruthy();
  });
  it.each(SAMPLES)('fills every sentence with %j', (vars) => {
    for (const k of [...keys, 'finding.pasv-nat.fixed', 'explain.unreachable.public', 'explain.unreachable.unknown']) {
      const text = fill(s[k]!, { ...vars, scope: 'x' });
      expect(doubledWords(text), k).toEqual([]);
      if (locale === 'ko') {
        expect(particleMistakes(text), k).toEqual([]);
        expect(englishRuns(text), k).toEqual([]);
      }
    }
  });
});
