/**
 * The content guard's part for symptoms, guides and diagrams: both locales present, every question and answer
 * worded in each, every decision-path branch ending at a page and anchor that exist, every diagram drawable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod/v4';
import { LOCALES } from '../locales';
import { DATA_SECTIONS, diagramSchema, guideSchema, PROSE_SECTIONS, symptomProseSchema, symptomSchema, type SymptomData } from './schema';
import { splitFrontMatter } from './validate';
import { branches } from '../decision';

/** What validateContent lends this part: its file helpers and the codes it found. */
export interface GuardContext {
  rel: (...parts: string[]) => string;
  report: (file: string, field: string, message: string) => void;
  list: (dir: string, ext: string) => string[];
  readYaml: (file: string, text: string) => unknown;
  check: <S extends z.ZodType>(schema: S, value: unknown, file: string) => z.infer<S> | undefined;
  known: Set<string>;
}

/** Anchors a body defines: every id="…" (Section, Part and heading ids). */
export function bodyAnchors(body: string): Set<string> {
  return new Set([...body.matchAll(/\bid="([a-z0-9-]+)"/g)].map((m) => m[1]!));
}

/** Anchors every symptom page has besides those in its body. */
export const SYMPTOM_PAGE_ANCHORS = ['path', 'codes', 'guides'] as const;

export function validateTroubleshooting(root: string, ctx: GuardContext): void {
  const { rel, report, list, readYaml, check, known } = ctx;
  const read = (...parts: string[]) => readFileSync(join(root, ...parts), 'utf8');

  // Diagrams first: guides name them.
  const diagrams = new Set<string>();
  for (const name of list('diagrams', '.yaml')) {
    const file = rel('diagrams', name);
    // A broken diagram is reported once, here, not again by every guide that draws it.
    diagrams.add(name.replace(/\.yaml$/, ''));
    const raw = readYaml(file, read('diagrams', name));
    if (raw !== undefined) check(diagramSchema, raw, file);
  }

  // Guides: MDX in every locale, with their anchors per locale for the paths below.
  const guideAnchors = new Map<string, Map<string, Set<string>>>();
  const guideNames = new Set(LOCALES.flatMap((l) => list(join('guides', l), '.mdx')));
  for (const name of guideNames) {
    const slug = name.replace(/\.mdx$/, '');
    const perLocale = new Map<string, Set<string>>();
    for (const locale of LOCALES) {
      const file = rel('guides', locale, name);
      if (!existsSync(join(root, 'guides', locale, name))) {
        report(file, 'file', `missing; every guide needs a version in ${LOCALES.join(' and ')}`);
        continue;
      }
      const parts = splitFrontMatter(read('guides', locale, name));
      if (!parts) {
        report(file, 'frontmatter', 'missing; start the file with a --- block holding title, summary and order');
        continue;
      }
      const raw = readYaml(file, parts.data);
      if (raw === undefined || !check(guideSchema, raw, file)) continue;
      for (const m of parts.body.matchAll(/<Diagram\s+name="([^"]*)"/g))
        if (!diagrams.has(m[1]!)) report(file, 'body', `<Diagram name="${m[1]}"> names no diagram; add src/content/diagrams/${m[1]}.yaml`);
      checkCodeLinks(file, parts.body);
      perLocale.set(locale, bodyAnchors(parts.body));
    }
    guideAnchors.set(slug, perLocale);
  }

  function checkCodeLinks(file: string, body: string) {
    for (const m of body.matchAll(/<CodeLink\s+code="([^"]*)"/g))
      if (!known.has(m[1]!)) report(file, 'body', `<CodeLink code="${m[1]}"> names an unknown code`);
  }

  // Symptoms: facts once (YAML), words per locale (MDX).
  const symptoms = new Map<string, SymptomData>();
  for (const name of list('symptoms', '.yaml')) {
    const file = rel('symptoms', name);
    const raw = readYaml(file, read('symptoms', name));
    const data = raw === undefined ? undefined : check(symptomSchema, raw, file);
    if (data) symptoms.set(name.replace(/\.yaml$/, ''), data);
  }
  for (const locale of LOCALES)
    for (const name of list(join('symptoms', locale), '.mdx'))
      if (!existsSync(join(root, 'symptoms', name.replace(/\.mdx$/, '.yaml'))))
        report(rel('symptoms', locale, name), 'file', `no facts for symptom "${name.replace(/\.mdx$/, '')}"; add src/content/symptoms/${name.replace(/\.mdx$/, '.yaml')}`);

  const symptomAnchors = new Map<string, Map<string, Set<string>>>();
  for (const [slug, data] of symptoms) {
    const perLocale = new Map<string, Set<string>>();
    for (const locale of LOCALES) {
      const file = rel('symptoms', locale, `${slug}.mdx`);
      if (!existsSync(join(root, 'symptoms', locale, `${slug}.mdx`))) {
        report(file, 'file', `missing; every symptom needs its words in ${LOCALES.join(' and ')}`);
        continue;
      }
      const parts = splitFrontMatter(read('symptoms', locale, `${slug}.mdx`));
      if (!parts) {
        report(file, 'frontmatter', 'missing; start the file with a --- block holding title, summary and questions');
        continue;
      }
      const raw = readYaml(file, parts.data);
      const prose = raw === undefined ? undefined : check(symptomProseSchema, raw, file);
      if (!prose) continue;
      for (const [q, answers] of Object.entries(data.questions)) {
        const words = prose.questions[q];
        if (!words) {
          report(file, `questions.${q}`, 'missing; word this question and its answers');
          continue;
        }
        for (const a of answers) if (!(a.id in words.answers)) report(file, `questions.${q}.answers.${a.id}`, 'missing; word this answer');
        for (const a of Object.keys(words.answers))
          if (!answers.some((x) => x.id === a)) report(file, `questions.${q}.answers.${a}`, `no answer "${a}" in src/content/symptoms/${slug}.yaml`);
      }
      for (const q of Object.keys(prose.questions))
        if (!(q in data.questions)) report(file, `questions.${q}`, `no question "${q}" in src/content/symptoms/${slug}.yaml`);
      checkCodeLinks(file, parts.body);
      perLocale.set(locale, new Set([...bodyAnchors(parts.body), ...SYMPTOM_PAGE_ANCHORS, ...Object.keys(data.questions).map((q) => `q-${q}`)]));
    }
    symptomAnchors.set(slug, perLocale);
  }

  // Every branch ends at a page and an anchor that exist in every locale.
  for (const [slug, data] of symptoms) {
    const file = rel('symptoms', `${slug}.yaml`);
    data.codes.forEach((c, i) => {
      if (!known.has(c)) report(file, `codes[${i}]`, `unknown code "${c}"`);
    });
    data.guides.forEach((g, i) => {
      if (!guideNames.has(`${g}.mdx`)) report(file, `guides[${i}]`, `no guide "${g}"; add src/content/guides/en/${g}.mdx`);
    });
    try {
      const reached = new Set(branches(data).flatMap((b) => b.via));
      for (const q of Object.keys(data.questions)) if (!reached.has(q)) report(file, `questions.${q}`, `not reachable from start "${data.start}"; link it with next or remove it`);
    } catch (e) {
      report(file, 'questions', (e as Error).message);
    }
    for (const [q, answers] of Object.entries(data.questions))
      answers.forEach((a, i) => {
        const field = `questions.${q}[${i}].to`;
        const t = a.to;
        if (!t) return;
        const anchorIn = (pages: Map<string, Map<string, Set<string>>> | undefined, page: string, what: string) => {
          const perLocale = pages?.get(page);
          if (!perLocale) return report(file, field, `no ${what} "${page}"`);
          if (!t.anchor) return;
          const lacking = LOCALES.filter((l) => perLocale.get(l) && !perLocale.get(l)!.has(t.anchor!));
          if (lacking.length) report(file, field, `#${t.anchor} is not an anchor of the ${what} "${page}" (${lacking.join(', ')})`);
        };
        if (t.code) {
          if (!known.has(t.code)) report(file, field, `unknown code "${t.code}"`);
          else if (t.anchor && !([...PROSE_SECTIONS, ...DATA_SECTIONS] as string[]).includes(t.anchor))
            report(file, field, `#${t.anchor} is not a code page section; use ${[...PROSE_SECTIONS, ...DATA_SECTIONS].join(', ')}`);
        } else if (t.guide) anchorIn(guideAnchors, t.guide, 'guide');
        else anchorIn(symptomAnchors, t.symptom ?? slug, 'symptom');
      });
  }
}
