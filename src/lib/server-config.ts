/**
 * Configuration blocks shown on the site, checked by the rules of the server that reads them, so a reader who
 * copies one gets a server that starts. A block says which server it is for in its fence: ```vsftpd,
 * ```proftpd or ```pure-ftpd (rendered as <pre data-language="vsftpd">).
 */
import { parse, type HTMLElement } from 'node-html-parser';
import {
  PROFTPD_DIRECTIVES,
  PUREFTPD_BOOL,
  PUREFTPD_KEYS,
  VSFTPD_BOOL,
  VSFTPD_NUMBER,
  VSFTPD_TEXT,
} from './server-config-keys';

/** The fence names of configuration blocks, one per server. */
export const CONFIG_LANGUAGES = ['vsftpd', 'proftpd', 'pure-ftpd'] as const;
export type ConfigLanguage = (typeof CONFIG_LANGUAGES)[number];

export const isConfigLanguage = (s: string | undefined): s is ConfigLanguage => CONFIG_LANGUAGES.includes(s as ConfigLanguage);

/** What a reader sees of each line that the server would refuse or misread; empty when the block is sound. */
export function configProblems(language: ConfigLanguage, text: string): string[] {
  const check = { vsftpd: vsftpdLine, proftpd: proftpdLine, 'pure-ftpd': pureFtpdLine }[language];
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const problem = check(line);
    if (problem) out.push(`line ${i + 1} "${line.trim()}": ${problem}`);
  });
  return out;
}

// vsftpd (parseconf.c): a comment is a line whose first character is #; every other line is name=value with no
// space around "=", and the whole rest of the line is the value, so "YES   # note" is a bad boolean and stops vsftpd.
function vsftpdLine(line: string): string | undefined {
  if (!line.trim() || line.startsWith('#')) return;
  if (/^\s+#/.test(line)) return 'a comment must start in the first column; vsftpd reads an indented # as a setting';
  const m = line.trimStart().match(/^([^=]*)=(.*)$/);
  if (!m) return 'not name=value';
  const [, name, value] = m as unknown as [string, string, string];
  if (name !== name.trim()) return 'space before "=": vsftpd does not trim the name';
  const known = VSFTPD_BOOL.has(name) || VSFTPD_NUMBER.has(name) || VSFTPD_TEXT.has(name);
  if (!known) return `unknown setting "${name}" (vsftpd: unrecognised variable in config file)`;
  if (/\s#/.test(value)) return 'vsftpd has no inline comments: put the comment on its own line';
  if (VSFTPD_BOOL.has(name) && !/^(?:YES|NO|TRUE|FALSE|1|0)$/i.test(value)) return `"${value}" is not YES or NO (vsftpd: bad bool value)`;
  if (VSFTPD_NUMBER.has(name) && !/^\d+$/.test(value)) return `"${value}" is not a number`;
  if (!VSFTPD_TEXT.has(name) && !value) return 'missing value';
  return undefined;
}

// ProFTPD: a directive name, then its arguments; # starts a comment line; <Section ...> and </Section> tags.
function proftpdLine(line: string): string | undefined {
  const t = line.trim();
  if (!t || t.startsWith('#')) return;
  const tag = t.match(/^<(\/?)([A-Za-z]+)\b[^>]*>$/);
  if (tag) return PROFTPD_DIRECTIVES.has(`<${tag[1]}${tag[2]}>`) ? undefined : `unknown section <${tag[1]}${tag[2]}>`;
  if (t.startsWith('<')) return 'malformed section tag';
  const name = t.split(/\s+/)[0]!;
  if (!PROFTPD_DIRECTIVES.has(name)) return `unknown directive "${name}"`;
  return undefined;
}

// Pure-FTPd (simpleconf): "Key value"; # starts a comment line; yes/no settings take yes or no.
function pureFtpdLine(line: string): string | undefined {
  const t = line.trim();
  if (!t || t.startsWith('#')) return;
  const [name, ...rest] = t.split(/\s+/) as [string, ...string[]];
  if (!PUREFTPD_KEYS.has(name)) return `unknown setting "${name}"`;
  const value = rest.join(' ');
  if (!value) return 'missing value';
  if (PUREFTPD_BOOL.has(name) && !/^(?:yes|no)$/i.test(value)) return `"${value}" is not yes or no`;
  return undefined;
}

/**
 * Does an unlabelled block look like a configuration file? Then it must say which server it is for, so the check
 * above can read it: lines of name=value with vsftpd names, or lines that start with ProFTPD directives.
 */
export function looksLikeConfig(text: string): ConfigLanguage | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  if (!lines.length) return;
  const first = (l: string) => l.split(/[\s=]/)[0]!;
  if (lines.every((l) => /^[a-z_0-9]+=/.test(l)) && lines.some((l) => VSFTPD_BOOL.has(first(l)) || VSFTPD_NUMBER.has(first(l)) || VSFTPD_TEXT.has(first(l))))
    return 'vsftpd';
  if (lines.every((l) => PROFTPD_DIRECTIVES.has(first(l)) || /^<\/?[A-Z]/.test(l))) return 'proftpd';
  if (lines.every((l) => PUREFTPD_KEYS.has(first(l)))) return 'pure-ftpd';
  return undefined;
}

/** The text of a highlighted code block as a reader copies it (the parser keeps <pre> as raw markup). */
export function codeText(pre: HTMLElement): string {
  return parse(pre.innerHTML).text.replace(/\n$/, '');
}
