import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { codeText, configProblems, looksLikeConfig } from '../../src/lib/server-config';

describe('vsftpd blocks (parseconf.c rules)', () => {
  it('accepts name=value lines and comments in the first column', () => {
    expect(configProblems('vsftpd', '# passive ports\npasv_enable=YES\npasv_min_port=50000\npasv_address=203.0.113.10\n')).toEqual([]);
  });
  it('refuses an inline comment, which makes vsftpd stop with "bad bool value"', () => {
    expect(configProblems('vsftpd', 'local_enable=YES   # allow system accounts')).toEqual([
      'line 1 "local_enable=YES   # allow system accounts": vsftpd has no inline comments: put the comment on its own line',
    ]);
  });
  it('refuses unknown settings, spaces around "=", bad booleans and indented comments', () => {
    expect(configProblems('vsftpd', 'pasv_enabled=YES')[0]).toMatch(/unknown setting "pasv_enabled"/);
    expect(configProblems('vsftpd', 'pasv_enable = YES')[0]).toMatch(/space before "="/);
    expect(configProblems('vsftpd', 'pasv_enable=ON')[0]).toMatch(/not YES or NO/);
    expect(configProblems('vsftpd', 'pasv_min_port=fifty')[0]).toMatch(/not a number/);
    expect(configProblems('vsftpd', '  # note')[0]).toMatch(/first column/);
  });
});

describe('ProFTPD blocks', () => {
  it('accepts known directives, sections and inline comments (ProFTPD stops reading a line at #)', () => {
    expect(configProblems('proftpd', '<IfModule mod_tls.c>\n  TLSEngine on\n  TLSRequired ctrl\n</IfModule>\nRequireValidShell off  # note')).toEqual([]);
  });
  it('refuses an unknown directive or section', () => {
    expect(configProblems('proftpd', 'PassivePort 50000 50100')).toEqual(['line 1 "PassivePort 50000 50100": unknown directive "PassivePort"']);
    expect(configProblems('proftpd', '<Limits WRITE>')[0]).toMatch(/unknown section <Limits>/);
  });
});

describe('Pure-FTPd blocks', () => {
  it('accepts known keys and refuses unknown ones and bad yes/no values', () => {
    expect(configProblems('pure-ftpd', 'PassivePortRange 50000 50100\nForcePassiveIP 203.0.113.10\nChrootEveryone yes')).toEqual([]);
    expect(configProblems('pure-ftpd', 'PassivePorts 50000 50100')[0]).toMatch(/unknown setting "PassivePorts"/);
    expect(configProblems('pure-ftpd', 'ChrootEveryone on')[0]).toMatch(/not yes or no/);
  });
});

describe('looksLikeConfig', () => {
  it('recognises an unlabelled configuration block, and leaves sessions alone', () => {
    expect(looksLikeConfig('pasv_enable=YES\npasv_min_port=50000')).toBe('vsftpd');
    expect(looksLikeConfig('PassivePorts 50000 50100\nMasqueradeAddress 203.0.113.10')).toBe('proftpd');
    expect(looksLikeConfig('USER alice\n331 Please specify the password.')).toBeUndefined();
  });
});

describe('codeText', () => {
  it('reads a highlighted block as the reader copies it', () => {
    const pre = parse('<pre data-language="vsftpd"><code><span class="line"><span>pasv_enable</span><span>=YES</span></span>\n<span class="line"><span># a &amp; b</span></span></code></pre>').querySelector('pre')!;
    expect(codeText(pre)).toBe('pasv_enable=YES\n# a & b');
  });
});
