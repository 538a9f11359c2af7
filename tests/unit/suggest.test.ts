import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/lib/suggest';

const codes = ['220', '421', '425', '426', '450', '500', '530', '550', '10060'];
const commands = ['PASV', 'PASS', 'PORT', 'LIST', 'RETR', 'STOR', 'EPSV'];
const ids = (path: string) => suggest(path, codes, commands).map((s) => ('code' in s ? s.code : 'command' in s ? s.command : 'digit' in s ? `${s.digit}xx` : 'commands'));

describe('404 suggestions', () => {
  it('offers the nearest codes for an unknown number', () => {
    expect(ids('/en/999/').slice(0, 2)).toEqual(['550', '530']);
    expect(ids('/en/424/').slice(0, 3)).toEqual(['425', '426', '421']);
  });
  it('offers every code that starts with a partial number', () => {
    expect(ids('/en/42/')).toEqual(['421', '425', '426']);
  });
  it('offers the class page for one digit', () => {
    expect(ids('/ko/4/')).toEqual(['4xx']);
  });
  it('offers the nearest commands and the command list for a misspelt command', () => {
    expect(ids('/en/commands/PASVV/')).toEqual(['PASV', 'PASS', 'commands']);
    expect(ids('/en/pasv/')).toEqual(['PASV', 'commands']);
  });
  it('offers the known side of a comparison with an unknown code', () => {
    expect(ids('/en/425-vs-999/')).toEqual(['425']);
  });
  it('offers nothing for an address with no code or command in it', () => {
    expect(ids('/en/some/thing-else/')).toEqual([]);
  });
});
