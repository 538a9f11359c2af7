/** What the copy button of a code block puts on the clipboard: the lines a reader pastes, nothing meant to be read. */

/**
 * config: a server's configuration file, copied without comment lines and without trailing spaces (vsftpd takes
 * them into the value, and "YES " is not a boolean to it). script: shell commands, copied without comment lines
 * (zsh runs "# note" as a command unless interactive_comments is set). session: a terminal session, of which only
 * the commands after a "$ " or "# " prompt are copied, without the prompt; the lines they print are left out.
 */
export type CopyRule = 'config' | 'script' | 'session';

/** The text of a block as its copy button copies it. */
export function copyText(rule: CopyRule, text: string): string {
  const lines = text.split('\n');
  const kept =
    rule === 'session'
      ? lines.filter((l) => /^[$#] /.test(l)).map((l) => l.slice(2))
      : lines.filter((l) => !/^\s*#/.test(l));
  return kept
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}
