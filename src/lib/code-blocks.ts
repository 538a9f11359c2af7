/**
 * How code blocks in prose are rendered: what each fence language is highlighted as, the caption that names the file
 * a block belongs in, and how its copy button cleans the text (src/lib/copy-text.ts).
 */
import type { Element, ElementContent } from 'hast';
import type { LanguageRegistration, ShikiTransformer } from 'shiki';
import type { UiKey } from '../i18n/en';
import type { CopyRule } from './copy-text';

/** What a reader does with a block: its caption (a file, in code, or a UI label) and how the copy button cleans it. */
export interface BlockKind {
  /** The file the block belongs in, shown as code; absent when the block is typed at a prompt. */
  file?: string;
  /** A dictionary label when the caption is words, not a file. */
  label?: UiKey;
  copy: CopyRule;
}

/**
 * Every fence language the content may use, except unlabelled ``` blocks (transcripts and logs, which a reader
 * reads rather than pastes, so they get neither caption nor button). tests/unit/code-blocks.test.ts fails when
 * the content uses a language missing here.
 */
export const BLOCK_KINDS: Record<string, BlockKind> = {
  // vsftpd reads /etc/vsftpd.conf unless started with another file (VSFTP_DEFAULT_CONFIG in defs.h; Debian and
  // Ubuntu keep it; Red Hat's package moves it to /etc/vsftpd/vsftpd.conf).
  vsftpd: { file: '/etc/vsftpd.conf', copy: 'config' },
  // ProFTPD's file sits in /etc/proftpd/ on Debian and Ubuntu, /etc/ on Red Hat, /usr/local/etc/ from source: the
  // name is what is true everywhere.
  proftpd: { file: 'proftpd.conf', copy: 'config' },
  // Blocks are written as pure-ftpd.conf lines ("Key value", checked in server-config.ts); Debian's wrapper reads one
  // file per option from /etc/pure-ftpd/conf/ instead, which no block here is written for.
  'pure-ftpd': { file: 'pure-ftpd.conf', copy: 'config' },
  // A script: commands without a prompt, run as written.
  sh: { label: 'block.shell', copy: 'script' },
  // A terminal session: commands after "$ " or "# " (root), the rest is what they print.
  console: { label: 'block.shell', copy: 'session' },
  // Windows commands that change system settings (netsh), run in an elevated prompt.
  bat: { label: 'block.windowsAdmin', copy: 'script' },
};

/** The kind of a block by its fence language (data-language on the <pre>), undefined for plain text. */
export const blockKind = (language: unknown): BlockKind | undefined =>
  typeof language === 'string' && Object.hasOwn(BLOCK_KINDS, language) ? BLOCK_KINDS[language] : undefined;

/**
 * ProFTPD's and Pure-FTPd's files are lines of "Directive arguments" with <Section> tags. Shiki's apache grammar
 * colours only the directives Apache also has (ServerName, not PassivePorts), which reads as if the others were
 * wrong; this grammar colours every directive the same way.
 */
export const directivesGrammar: LanguageRegistration = {
  name: 'ftpd-directives',
  scopeName: 'source.ftpd-directives',
  patterns: [
    { match: '^\\s*#.*$', name: 'comment.line.number-sign' },
    { match: '\\s#.*$', name: 'comment.line.number-sign' },
    { match: '</?[A-Za-z]+[^>]*>', name: 'entity.name.function' },
    { match: '^\\s*[A-Za-z][\\w.]*', name: 'keyword.other' },
    { match: '"[^"]*"', name: 'string.quoted.double' },
  ],
} as LanguageRegistration;

/** Shiki names (with Astro's css-variables theme) mapped to the short classes site.css colours. */
const TOKEN_CLASS: Record<string, string> = {
  keyword: 'k',
  comment: 'c',
  string: 's',
  'string-expression': 's',
  link: 's',
  constant: 'n',
  function: 'f',
  parameter: 'f',
  punctuation: 'p',
};

const tokenClass = (color: string | undefined) => TOKEN_CLASS[/--astro-code-token-([a-z-]+)/.exec(color ?? '')?.[1] ?? ''];

/**
 * A Shiki transformer for the site's CSP, which forbids style attributes: a coloured token becomes <span class="k">
 * (colours in src/styles/code.css), an uncoloured one plain text, and the per-line spans go, so a block costs little
 * more HTML than its text.
 */
export const tokenClasses: ShikiTransformer = {
  name: 'token-classes',
  pre(node) {
    delete node.properties.style;
    delete node.properties.class;
  },
  code(node) {
    const flat: ElementContent[] = [];
    const add = (n: ElementContent) => {
      const last = flat.at(-1);
      if (n.type === 'text' && last?.type === 'text') last.value += n.value;
      else flat.push(n);
    };
    for (const line of node.children) {
      if (line.type !== 'element') {
        add(line);
        continue;
      }
      for (const token of line.children) {
        if (token.type !== 'element') {
          add(token);
          continue;
        }
        const cls = tokenClass(String(token.properties.style ?? ''));
        if (cls) add({ ...token, properties: { class: cls } } as Element);
        else token.children.forEach(add);
      }
    }
    node.children = flat;
  },
};
