import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCssVariablesTheme, createHighlighter } from 'shiki';
import { describe, expect, it } from 'vitest';
import { BLOCK_KINDS, blockKind, directivesGrammar, tokenClasses } from '../../src/lib/code-blocks';
import { copyText } from '../../src/lib/copy-text';

describe('copyText', () => {
  it('copies a configuration block without comment lines and trailing spaces, blank lines between settings kept', () => {
    const block = '# passive ports\npasv_enable=YES  \npasv_min_port=50000\n\n  # the address clients reach\npasv_address=203.0.113.10\t';
    expect(copyText('config', block)).toBe('pasv_enable=YES\npasv_min_port=50000\n\npasv_address=203.0.113.10');
  });
  it('keeps a comment that follows a ProFTPD directive (ProFTPD stops reading the line there)', () => {
    expect(copyText('config', 'UseFtpUsers off   # ignore /etc/ftpusers')).toBe('UseFtpUsers off   # ignore /etc/ftpusers');
  });
  it('copies only the commands of a terminal session, without "$ " or "# " prompts or what they print', () => {
    const session = '$ ftp -p ftp.example.com\nConnected to ftp.example.com.\n220 (vsFTPd 3.0.5)\n# systemctl restart vsftpd\n$ echo "a # b"';
    expect(copyText('session', session)).toBe('ftp -p ftp.example.com\nsystemctl restart vsftpd\necho "a # b"');
  });
  it('copies a script without its comment lines, commands as written', () => {
    expect(copyText('script', '# look up 550\ncurl -s https://ftp-codes.example/api/codes/550.json | jq -r .code\n')).toBe(
      'curl -s https://ftp-codes.example/api/codes/550.json | jq -r .code',
    );
  });
});

describe('captions', () => {
  it('name the file each server reads, or say the block is typed in a shell', () => {
    expect(blockKind('vsftpd')).toEqual({ file: '/etc/vsftpd.conf', copy: 'config' });
    expect(blockKind('proftpd')?.file).toBe('proftpd.conf');
    expect(blockKind('pure-ftpd')?.file).toBe('pure-ftpd.conf');
    expect(blockKind('sh')).toEqual({ label: 'block.shell', copy: 'script' });
    expect(blockKind('console')).toEqual({ label: 'block.shell', copy: 'session' });
  });
  it('leave transcripts and logs (unlabelled blocks) without caption or copy button', () => {
    expect(blockKind('plaintext')).toBeUndefined();
    expect(blockKind(undefined)).toBeUndefined();
    expect(blockKind('constructor')).toBeUndefined();
  });
});

/** Every fenced block of the content: its language (empty for ```) and its text. */
function contentBlocks(): { file: string; language: string; text: string }[] {
  const root = 'src/content';
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
  return files.flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/^```([^\s`]*)[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => ({
      file,
      language: m[1]!,
      text: m[2]!,
    })),
  );
}

describe('the content', () => {
  const blocks = contentBlocks();
  it('uses only fence languages that have a caption and copy rule', () => {
    expect(blocks.length).toBeGreaterThan(100);
    const unknown = blocks.filter((b) => b.language && !blockKind(b.language)).map((b) => `${b.file}: \`\`\`${b.language}`);
    expect(unknown).toEqual([]);
  });
  it('writes prompts only in ```console blocks, and every console block has one', () => {
    const wrong = blocks.filter((b) =>
      b.language === 'console' ? !/^[$#] /m.test(b.text) : BLOCK_KINDS[b.language]?.copy === 'script' && /^\$ /m.test(b.text),
    );
    expect(wrong.map((b) => b.file)).toEqual([]);
  });
});

describe('highlighting under the CSP', async () => {
  const highlighter = await createHighlighter({
    // The theme Astro builds for theme: 'css-variables' (astro.config.ts).
    themes: [createCssVariablesTheme({ name: 'css-variables', variablePrefix: '--astro-code-' })],
    langs: ['ini', directivesGrammar],
  });
  const html = (code: string, lang: string) => highlighter.codeToHtml(code, { lang, theme: 'css-variables', transformers: [tokenClasses] });

  it('colours tokens with classes, never a style attribute, and leaves plain text unwrapped', () => {
    const out = html('# ports\npasv_enable=YES', 'ini');
    expect(out).not.toMatch(/style=/);
    expect(out).toContain('<code><span class="c"># ports</span>\n<span class="k">pasv_enable=</span>YES</code>');
  });
  it('colours every ProFTPD directive, section tags and comments alike', () => {
    const out = html('<IfModule mod_tls.c>\n  TLSEngine on\n</IfModule>\nPassivePorts 50000 50100  # data ports\nServerName "FTP"', 'ftpd-directives');
    expect(out).not.toMatch(/style=/);
    expect(out).toContain('<span class="f">&#x3C;IfModule mod_tls.c></span>');
    expect(out).toContain('<span class="k">  TLSEngine</span> on');
    expect(out).toContain('<span class="k">PassivePorts</span> 50000 50100 <span class="c"> # data ports</span>');
    expect(out).toContain('<span class="k">ServerName</span><span class="s"> "FTP"</span>');
  });
});
