/**
 * The content guard: reads every content file, checks each against its schema and all of them
 * against each other, and reports each problem as one line naming the file and the field.
 * It runs before Astro builds anything, so a bad entry never leaves a half-built site behind.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod/v4';
import { LOCALES } from '../locales';
import { codeSchema, commandFactsSchema, commandKey, commandTextSchema, pageSchema, pairSchema, proseSchema, softwareProseSchema, softwareSchema, PROSE_SECTIONS } from './schema';
import { compareCodes } from '../codes';
import { validateTroubleshooting } from './validate-troubleshoot';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** "src/content/codes/425.yaml: related[1]: unknown code "999"" */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

/** Splits an MDX file into its YAML front matter and body. */
export function splitFrontMatter(source: string): { data: string; body: string } | undefined {
  const m = source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  return m ? { data: m[1]!, body: m[2]! } : undefined;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') || '(root)';
}

/** Checks the content under `root` (the folder holding codes/, prose/, pairs/); returns every problem found. */
export function validateContent(root: string, cwd = process.cwd()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const rel = (...parts: string[]) => relative(cwd, join(root, ...parts));
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const list = (dir: string, ext: string) =>
    existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith(ext)).sort() : [];

  const check = <S extends z.ZodType>(schema: S, value: unknown, file: string): z.infer<S> | undefined => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    // Name an unknown key as the field itself, so a typo ("stauts") points at the line to fix.
    if (issue.code === 'unrecognized_keys') report(file, fieldPath([...issue.path, issue.keys[0]!]), 'unknown field; remove it or fix its spelling');
    else report(file, fieldPath(issue.path), issue.message);
    return undefined;
  };

  const lineOf = (e: unknown) => {
    const pos = (e as { linePos?: { line: number }[] }).linePos?.[0];
    return pos ? ` (line ${pos.line})` : '';
  };
  const readYaml = (file: string, text: string): unknown => {
    try {
      return parseYaml(text);
    } catch (e) {
      report(file, 'yaml', String((e as Error).message).split('\n')[0]!.replace(/ at line \d+, column \d+:$/, '').concat(lineOf(e)));
      return undefined;
    }
  };

  // Facts: one YAML file per code. A file that exists but fails its schema still counts as known below,
  // so one broken entry is reported once, not again by every page that links to it.
  const known = new Set(list('codes', '.yaml').map((n) => n.replace(/\.yaml$/, '')));
  const codes = new Map<string, { file: string; related: string[]; confused: string[]; commands: string[]; nonStandard: boolean; senderNone: boolean }>();
  for (const name of list('codes', '.yaml')) {
    const file = rel('codes', name);
    const raw = readYaml(file, readFileSync(join(root, 'codes', name), 'utf8'));
    if (raw === undefined) continue;
    const data = check(codeSchema, raw, file);
    if (!data) continue;
    const other = codes.get(data.code);
    if (other) {
      report(file, 'code', `duplicate code "${data.code}", already in ${other.file}`);
      known.delete(name.replace(/\.yaml$/, ''));
      continue;
    }
    if (name !== `${data.code}.yaml`) {
      report(file, 'code', `"${data.code}" does not match the file name; name the file ${data.code}.yaml`);
      known.delete(name.replace(/\.yaml$/, ''));
      continue;
    }
    codes.set(data.code, {
      file,
      related: data.related,
      confused: data.confused,
      commands: data.uses.flatMap((u) => u.commands),
      nonStandard: data.status === 'non-standard',
      senderNone: data.sender === 'none',
    });
  }
  for (const { file, related, confused } of codes.values()) {
    for (const [key, refs] of [['related', related], ['confused', confused]] as const)
      refs.forEach((c, i) => {
        if (!known.has(c)) report(file, `${key}[${i}]`, `unknown code "${c}"; add src/content/codes/${c}.yaml or remove it`);
      });
  }

  // Links inside prose and pair bodies must point at known codes.
  const checkLinks = (file: string, body: string) => {
    for (const m of body.matchAll(/<CodeLink\s+code="([^"]*)"/g))
      if (!known.has(m[1]!)) report(file, 'body', `<CodeLink code="${m[1]}"> names an unknown code`);
  };

  // Prose: one MDX file per code and locale, never one without the other.
  for (const locale of LOCALES) {
    const present = new Set<string>();
    for (const name of list(join('prose', locale), '.mdx')) {
      const file = rel('prose', locale, name);
      const code = name.replace(/\.mdx$/, '');
      present.add(code);
      if (!known.has(code)) {
        report(file, 'file', `no facts for code "${code}"; add src/content/codes/${code}.yaml or remove this translation`);
        continue;
      }
      const parts = splitFrontMatter(readFileSync(join(root, 'prose', locale, name), 'utf8'));
      if (!parts) {
        report(file, 'frontmatter', 'missing; start the file with a --- block holding title, summary, seen and action');
        continue;
      }
      const raw = readYaml(file, parts.data);
      if (raw === undefined) continue;
      if (!check(proseSchema, raw, file)) continue;
      const found = [...parts.body.matchAll(/<Section\s+id="([^"]*)"/g)].map((m) => m[1]!);
      const unknown = found.find((id) => !(PROSE_SECTIONS as readonly string[]).includes(id));
      const missing = PROSE_SECTIONS.find((id) => !found.includes(id));
      if (unknown) report(file, 'body', `unknown <Section id="${unknown}">; use ${PROSE_SECTIONS.join(', ')}`);
      else if (missing) report(file, 'body', `missing <Section id="${missing}">; the body needs ${PROSE_SECTIONS.join(', ')}, in that order`);
      else if (found.join() !== PROSE_SECTIONS.join()) report(file, 'body', `sections out of order; write them as ${PROSE_SECTIONS.join(', ')}`);
      checkLinks(file, parts.body);
    }
    for (const code of [...known].sort(compareCodes))
      if (!present.has(code)) report(rel('prose', locale, `${code}.mdx`), 'file', `missing; every code needs prose in ${LOCALES.join(' and ')}`);
  }

  // Hand-written pair notes: lower code first, both codes known, present in every locale or in none.
  const pairFiles = new Map<string, string[]>();
  for (const locale of LOCALES)
    for (const name of list(join('pairs', locale), '.mdx')) {
      const file = rel('pairs', locale, name);
      pairFiles.set(name, [...(pairFiles.get(name) ?? []), locale]);
      const m = name.match(/^(\d+)-vs-(\d+)\.mdx$/);
      if (!m) {
        report(file, 'file', 'name it {low}-vs-{high}.mdx, e.g. 425-vs-426.mdx');
        continue;
      }
      const [, a, b] = m as unknown as [string, string, string];
      const bad = [a, b].find((c) => !known.has(c));
      if (bad) report(file, 'file', `unknown code "${bad}"`);
      else if (compareCodes(a, b) >= 0) report(file, 'file', `put the lower code first: ${b}-vs-${a}.mdx`);
      else {
        const parts = splitFrontMatter(readFileSync(join(root, 'pairs', locale, name), 'utf8'));
        if (!parts) report(file, 'frontmatter', 'missing; start the file with a --- block holding verdict');
        else {
          const raw = readYaml(file, parts.data);
          if (raw !== undefined && check(pairSchema, raw, file)) checkLinks(file, parts.body);
        }
      }
    }
  for (const [name, locales] of pairFiles)
    for (const locale of LOCALES)
      if (!locales.includes(locale))
        report(rel('pairs', locale, name), 'file', `missing; ${rel('pairs', locales[0]!, name)} exists, so every locale needs this pair`);

  // Commands: facts once, a name and summary per locale, and every command a code names must be there.
  if (existsSync(join(root, 'commands'))) {
    const facts = (() => {
      const file = rel('commands', 'facts.yaml');
      if (!existsSync(join(root, 'commands', 'facts.yaml'))) return report(file, 'file', 'missing'), undefined;
      const raw = readYaml(file, readFileSync(join(root, 'commands', 'facts.yaml'), 'utf8'));
      return raw === undefined ? undefined : check(commandFactsSchema, raw, file);
    })();
    if (facts) {
      for (const { file, commands } of codes.values())
        commands.forEach((c) => {
          if (!(commandKey(c) in facts)) report(file, 'uses', `command "${c}" is not in src/content/commands/facts.yaml; add it there`);
        });
      for (const locale of LOCALES) {
        const file = rel('commands', `${locale}.yaml`);
        if (!existsSync(join(root, 'commands', `${locale}.yaml`))) {
          report(file, 'file', `missing; every command needs a name and summary in ${LOCALES.join(' and ')}`);
          continue;
        }
        const raw = readYaml(file, readFileSync(join(root, 'commands', `${locale}.yaml`), 'utf8'));
        const text = raw === undefined ? undefined : check(commandTextSchema, raw, file);
        if (!text) continue;
        for (const key of Object.keys(facts)) if (!(key in text)) report(file, key, 'missing; add its name and summary');
        for (const key of Object.keys(text)) if (!(key in facts)) report(file, key, 'not in src/content/commands/facts.yaml');
      }
    }
  }

  // Software: facts once per product, and per locale the situation of every message it prints.
  const softwareIds = new Map<string, string[]>();
  // Which software sends each code (by software name), for the rule on non-standard codes below.
  const sentBy = new Map<string, string[]>();
  for (const name of list('software', '.yaml')) {
    const file = rel('software', name);
    const raw = readYaml(file, readFileSync(join(root, 'software', name), 'utf8'));
    if (raw === undefined) continue;
    const data = check(softwareSchema, raw, file);
    if (!data) continue;
    if (name !== `${data.id}.yaml`) {
      report(file, 'id', `"${data.id}" does not match the file name; name the file ${data.id}.yaml`);
      continue;
    }
    data.messages.forEach((m, i) => {
      if (m.code && !known.has(m.code)) report(file, `messages[${i}].code`, `unknown code "${m.code}" (${m.id}); add src/content/codes/${m.code}.yaml or fix the code`);
      if (m.code) sentBy.set(m.code, [...new Set([...(sentBy.get(m.code) ?? []), data.id])]);
    });
    softwareIds.set(data.id, data.messages.map((m) => m.id));
  }
  // No RFC defines a non-standard code, so the page can only say where it comes from: the software that sends it,
  // or (sender: none) that reply-code lists name it but nothing is known to send it. Never both, never neither.
  for (const [code, { file, nonStandard, senderNone }] of codes) {
    if (!nonStandard) continue;
    const senders = sentBy.get(code) ?? [];
    if (!senderNone && senders.length === 0)
      report(file, 'status', `non-standard code "${code}" is sent by no software in src/content/software/; add the message that carries it, or write sender: none`);
    if (senderNone && senders.length > 0)
      report(file, 'sender', `says no software sends "${code}", but ${senders.map((s) => `src/content/software/${s}.yaml`).join(', ')} does; remove sender: none`);
  }
  for (const locale of LOCALES) {
    for (const name of list(join('software-prose', locale), '.yaml')) {
      const id = name.replace(/\.yaml$/, '');
      if (!softwareIds.has(id) && !existsSync(join(root, 'software', name)))
        report(rel('software-prose', locale, name), 'file', `no software "${id}"; add src/content/software/${name} or remove this file`);
    }
    for (const [id, messageIds] of softwareIds) {
      const file = rel('software-prose', locale, `${id}.yaml`);
      if (!existsSync(join(root, 'software-prose', locale, `${id}.yaml`))) {
        report(file, 'file', `missing; every software needs its situations in ${LOCALES.join(' and ')}`);
        continue;
      }
      const raw = readYaml(file, readFileSync(join(root, 'software-prose', locale, `${id}.yaml`), 'utf8'));
      const prose = raw === undefined ? undefined : check(softwareProseSchema, raw, file);
      if (!prose) continue;
      for (const m of messageIds) if (!(m in prose.when)) report(file, `when.${m}`, 'missing; say when this message is printed');
      for (const m of Object.keys(prose.when)) if (!messageIds.includes(m)) report(file, `when.${m}`, `no message "${m}" in src/content/software/${id}.yaml`);
    }
  }

  // Site pages written as prose (tools): the same files in every locale.
  const pageNames = new Set(LOCALES.flatMap((l) => list(join('pages', l), '.mdx')));
  for (const locale of LOCALES)
    for (const name of pageNames) {
      const file = rel('pages', locale, name);
      if (!existsSync(join(root, 'pages', locale, name))) {
        report(file, 'file', `missing; every site page needs a version in ${LOCALES.join(' and ')}`);
        continue;
      }
      const parts = splitFrontMatter(readFileSync(join(root, 'pages', locale, name), 'utf8'));
      if (!parts) report(file, 'frontmatter', 'missing; start the file with a --- block holding title and description');
      else {
        const raw = readYaml(file, parts.data);
        if (raw !== undefined) check(pageSchema, raw, file);
      }
    }

  // Symptoms, guides and diagrams (validate-troubleshoot.ts).
  validateTroubleshooting(root, { rel, report, list, readYaml, check, known });

  return problems;
}
