/**
 * Schemas of the content files. Astro's collections and the content guard both use them,
 * so a rule is written once and every message names the field and says how to fix it.
 */
import { z } from 'zod/v4';
import { CODE_PATTERN } from '../codes';
import { SPEC_IDS } from '../specs';

const code = z.string().regex(CODE_PATTERN, 'must be a reply code such as "425" or a Winsock number such as "10060"');
const command = z.string().regex(/^[A-Z][A-Z0-9]{2,3}(?: [A-Z]+)?$/, 'must be an FTP command in capitals, e.g. "PASV", "MD5" or "AUTH TLS"');
const oneLine = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !s.includes('\n'), 'must be one line');

/** One use of the number: where it is defined, its canonical text, the commands that return it in that use. */
export const useSchema = z.strictObject({
  spec: z.enum([...SPEC_IDS, 'none'], { error: `must be one of ${[...SPEC_IDS, 'none'].join(', ')}` }),
  section: z.string().regex(/^\d+(?:\.\d+)*$/, 'must be a section number such as "4.2.2"').optional(),
  text: oneLine(2, 160),
  commands: z.array(command).default([]),
  /** Also (or only) the server's reply to the connection itself, before any command: the greeting (RFC 959 §5.4). */
  greeting: z.boolean().default(false),
});

/** src/content/codes/{code}.yaml: the language-independent facts of one reply code. */
export const codeSchema = z
  .strictObject({
    code,
    status: z.enum(['standard', 'extension', 'non-standard'], { error: 'must be standard, extension or non-standard' }),
    uses: z.array(useSchema).min(1, 'needs at least one use'),
    retry: z.enum(['not-needed', 'same', 'after-change', 'wait']).optional(),
    /**
     * Non-standard codes only: "none" when no server or client is known to send it (reply-code lists name it,
     * the prose says so). Without it, the guard requires a message with this code in src/content/software/.
     */
    sender: z.literal('none', { error: 'must be "none" (no software is known to send this code), or left out' }).optional(),
    related: z.array(code).default([]),
    confused: z.array(code).default([]),
  })
  .superRefine((entry, ctx) => {
    const specs = entry.uses.map((u) => u.spec);
    const rule = (ok: boolean, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path, message });
    };
    if (entry.status === 'standard') rule(specs.includes('rfc959'), ['status'], 'a standard code needs a use with spec rfc959');
    if (entry.status === 'extension')
      rule(!specs.includes('rfc959') && !specs.includes('none'), ['status'], 'an extension code has uses from extension RFCs only');
    if (entry.status === 'non-standard') {
      rule(specs.every((s) => s === 'none'), ['uses'], 'a non-standard code has uses with spec none only');
    } else rule(entry.sender === undefined, ['sender'], 'only a non-standard code may say that no software sends it');
    entry.uses.forEach((u, i) => {
      if (u.spec !== 'none') rule(!!u.section, ['uses', i, 'section'], 'is required when spec is an RFC');
    });
    for (const key of ['related', 'confused'] as const) {
      entry[key].forEach((c, i) => rule(c !== entry.code, [key, i], 'must not name the code itself'));
      rule(new Set(entry[key]).size === entry[key].length, [key], 'lists a code twice');
    }
  });

export type CodeData = z.infer<typeof codeSchema>;

/** Front matter of src/content/prose/{locale}/{code}.mdx. */
export const proseSchema = z.strictObject({
  /** Short title: what the reply says, in the page's language. */
  title: oneLine(3, 80),
  /** One sentence that works as a search snippet. */
  summary: oneLine(30, 220),
  /** One sentence: the situation in which readers usually meet it (comparison pages use it). */
  seen: oneLine(20, 220),
  /** One sentence: the first thing to do (comparison pages use it). */
  action: oneLine(20, 220),
  /** Words readers search for that the page would not otherwise contain ("로그인 실패"); shown under the summary. */
  keywords: z.array(oneLine(2, 40)).max(8).optional(),
  /** Korean only: the stamp of the English file this text was written from (npm run content:stamp). */
  source: z.string().regex(/^[0-9a-f]{10}$/, 'must be a stamp written by npm run content:stamp').optional(),
});

export type ProseData = z.infer<typeof proseSchema>;

/** Front matter of src/content/pairs/{locale}/{low}-vs-{high}.mdx: hand-written notes on a confused pair. */
export const pairSchema = z.strictObject({
  /** One or two sentences shown first: how the two differ. */
  verdict: oneLine(30, 400),
  /** Korean only: the stamp of the English file this text was written from (npm run content:stamp). */
  source: z.string().regex(/^[0-9a-f]{10}$/, 'must be a stamp written by npm run content:stamp').optional(),
});

export type PairData = z.infer<typeof pairSchema>;

/** The command a `commands` item names: "AUTH TLS" is the AUTH command with an argument. */
export function commandKey(command: string): string {
  return command.split(' ')[0]!;
}

/** src/content/commands/facts.yaml: each FTP command, where it is defined and how it is written. */
export const commandFactsSchema = z.record(
  z.string().regex(/^[A-Z][A-Z0-9]{2,3}$/, 'must be an FTP command in capitals'),
  z.strictObject({
    spec: z.enum([...SPEC_IDS, 'none'], { error: `must be one of ${[...SPEC_IDS, 'none'].join(', ')}` }),
    section: z.string().regex(/^\d+(?:\.\d+)*$/, 'must be a section number such as "4.1.2"').optional(),
    syntax: oneLine(3, 60),
  }),
);

/** src/content/commands/{locale}.yaml: each command's name and one-sentence summary in that language. */
export const commandTextSchema = z.record(
  z.string().regex(/^[A-Z][A-Z0-9]{2,3}$/, 'must be an FTP command in capitals'),
  z.strictObject({ name: oneLine(2, 40), summary: oneLine(20, 200) }),
);

/** Front matter of src/content/pages/{locale}/{page}.mdx: a site page written as prose. */
export const pageSchema = z.strictObject({
  title: oneLine(3, 80),
  description: oneLine(30, 220),
});

/** The sections a prose body must contain, in this order; the page adds the ones built from data. */
export const PROSE_SECTIONS = ['meaning', 'causes', 'fix-client', 'fix-server'] as const;

/** Sections built from data; their anchors are stable across locales too. */
export const DATA_SECTIONS = ['messages', 'commands', 'spec', 'related'] as const;

/** Ids of software and of messages: English, lower case, hyphenated; they are URL segments and anchors. */
const slug = (max: number) =>
  z.string().max(max, `must be at most ${max} characters`).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower case words joined by hyphens, e.g. "max-per-ip"');

/** A version as the project numbers it: "3.0.5", "1.3.8b", "0.9.60", "7.74.0", "2.1". */
const version = z.string().regex(/^\d+(?:\.\d+)*[a-z]?(?:-?(?:rc|beta|alpha)\d*)?$/, 'must be a version such as "3.0.5" or "1.3.8b"');

/** Every `{` opens a placeholder such as {path}, and every `}` closes one. */
const placeholdersWellFormed = (s: string) => !/[{}]/.test(s.replace(/\{[a-z][a-z0-9_]*\}/g, ''));

/** Text as printed, with variable parts written as {name}. */
const printed = (max: number) =>
  oneLine(2, max).refine(placeholdersWellFormed, 'has a malformed placeholder; write variable parts as {name} in lower case, e.g. {path}');

/** One text a server sends or a client prints. Its situation ("when") is prose, per locale, in software-prose/. */
export const softwareMessageSchema = z
  .strictObject({
    /** Stable anchor on the software page: /en/servers/vsftpd/#max-per-ip. Never change it once published. */
    id: slug(60),
    /** The reply code it carries (servers) or the code behind it (clients); omit for a client text with none. */
    code: code.optional(),
    /** Exactly as printed, without the code; variable parts as {name}. */
    text: printed(300),
    /** Clients with a Korean interface: the text exactly as their own Korean translation prints it. */
    ko: printed(300).optional(),
    /** First and last version that print this text; omit when it holds for every version the entry covers. */
    since: version.optional(),
    until: version.optional(),
    /** The directive or option behind it, as written in the configuration, e.g. "max_per_ip" or "--ftp-pasv". */
    setting: oneLine(2, 120).optional(),
  });

/** src/content/software/{id}.yaml: one server or client and every text it prints. */
export const softwareSchema = z
  .strictObject({
    id: slug(40),
    /** The product's name as its makers write it. */
    name: oneLine(2, 60),
    kind: z.enum(['server', 'client'], { error: 'must be server or client (libraries and operating systems count as clients)' }),
    /** The versions the texts were read from, current first, e.g. "3.0.5 (3.0.x); 2.3.x where marked". */
    versions: oneLine(2, 80),
    /** Where the texts were read: a repository and path, or the vendor's documentation. */
    source: oneLine(5, 200),
    /** Widely run today (vsftpd, FileZilla…): where a code page cannot list every text, these programs' come first. */
    common: z.boolean().optional(),
    messages: z.array(softwareMessageSchema).min(1, 'needs at least one message'),
  })
  .superRefine((entry, ctx) => {
    const seenIds = new Map<string, number>();
    const seenTexts = new Map<string, number>();
    entry.messages.forEach((m, i) => {
      const prev = seenIds.get(m.id);
      if (prev !== undefined) ctx.addIssue({ code: 'custom', path: ['messages', i, 'id'], message: `duplicate id "${m.id}", already messages[${prev}]` });
      seenIds.set(m.id, i);
      const key = [m.code ?? '', m.text, m.since ?? '', m.until ?? ''].join('\u0000');
      const twin = seenTexts.get(key);
      if (twin !== undefined)
        ctx.addIssue({ code: 'custom', path: ['messages', i, 'text'], message: `duplicate text, already messages[${twin}] (${entry.messages[twin]!.id}); keep one` });
      seenTexts.set(key, i);
    });
  });

export type SoftwareData = z.infer<typeof softwareSchema>;
export type SoftwareMessage = z.infer<typeof softwareMessageSchema>;

/** src/content/software-prose/{locale}/{id}.yaml: what the software is and when it prints each text, in one language. */
export const softwareProseSchema = z.strictObject({
  /** One or two sentences: what the software is, which versions people run. */
  about: oneLine(20, 400),
  /** For every message id of the software: when it is printed, in this language. */
  when: z.record(z.string(), oneLine(10, 400)),
});

export type SoftwareProse = z.infer<typeof softwareProseSchema>;

// ——— Troubleshooting and guides (issue 12) ———

const stamp = z.string().regex(/^[0-9a-f]{10}$/, 'must be a stamp written by npm run content:stamp').optional();

/** Where an answer leads: a section of a code page, a symptom, a guide, or (none of the three) this page. */
export const pathTargetSchema = z
  .strictObject({
    code: code.optional(),
    symptom: slug(40).optional(),
    guide: slug(40).optional(),
    /** The section id on the target page, e.g. "fix-server" on a code page. Required for code pages and this page. */
    anchor: slug(40).optional(),
  })
  .refine((t) => [t.code, t.symptom, t.guide].filter(Boolean).length <= 1, 'names more than one page; keep one of code, symptom, guide')
  .refine((t) => !!(t.symptom || t.guide) || !!t.anchor, 'needs an anchor: the section of the code page (or of this page) that answers it');

/** One answer to a question: it leads to the next question or to a page section, never both. */
export const pathAnswerSchema = z
  .strictObject({ id: slug(40), next: slug(40).optional(), to: pathTargetSchema.optional() })
  .refine((a) => !!a.next !== !!a.to, 'needs exactly one of next (a question id) or to (a page and anchor)');

/** src/content/symptoms/{slug}.yaml: one symptom's facts. Its words live per locale in symptoms/{locale}/{slug}.mdx. */
export const symptomSchema = z.strictObject({
  /** Position in the list of symptoms. */
  order: z.number().int().min(1),
  /** Reply codes (and Winsock numbers) readers typically see with it, most telling first. */
  codes: z.array(code).min(1, 'needs at least one code'),
  /** Guides that explain the background. */
  guides: z.array(slug(40)).default([]),
  /** The decision path: the first question, then every question's answers. */
  start: slug(40),
  questions: z.record(slug(40), z.array(pathAnswerSchema).min(2, 'needs at least two answers')),
});

export type SymptomData = z.infer<typeof symptomSchema>;
export type PathTarget = z.infer<typeof pathTargetSchema>;

/** Front matter of src/content/symptoms/{locale}/{slug}.mdx: the symptom's words in one language. */
export const symptomProseSchema = z.strictObject({
  title: oneLine(3, 80),
  summary: oneLine(30, 240),
  /** Every question of the path in this language: its text and the text of each answer, by id. */
  questions: z.record(z.string(), z.strictObject({ text: oneLine(5, 160), answers: z.record(z.string(), oneLine(2, 160)) })),
  source: stamp,
});

/** Front matter of src/content/guides/{locale}/{slug}.mdx. */
export const guideSchema = z.strictObject({
  title: oneLine(3, 80),
  summary: oneLine(30, 240),
  /** Position in the list of guides. */
  order: z.number().int().min(1),
  source: stamp,
});

/** The participants a diagram can show; their names are UI strings (diagram.lane.*). */
export const DIAGRAM_LANES = ['client', 'client-data', 'nat', 'firewall', 'server', 'server-data', 'server-implicit'] as const;

const lane = z.enum(DIAGRAM_LANES, { error: `must be one of ${DIAGRAM_LANES.join(', ')}` });
/** Words shown in a diagram, in every language. */
const localized = (max: number) => z.strictObject({ en: oneLine(1, max), ko: oneLine(1, max) });

/** One step of a sequence diagram: an arrow with protocol text (`text`, shown verbatim) or words (`label`), or a note. */
export const diagramStepSchema = z.union([
  z
    .strictObject({
      from: lane,
      to: lane,
      text: oneLine(1, 80).optional(),
      label: localized(60).optional(),
      kind: z.enum(['control', 'data', 'tls', 'fail']).default('control'),
    })
    .refine((s) => !!s.text !== !!s.label, 'needs exactly one of text (protocol text, verbatim) or label (words, per language)')
    .refine((s) => s.from !== s.to, 'an arrow needs two different lanes'),
  z.strictObject({ over: z.array(lane).min(1), note: localized(70) }),
]);

/** src/content/diagrams/{id}.yaml: a sequence diagram, drawn at build time. */
export const diagramSchema = z
  .strictObject({
    title: localized(100),
    lanes: z.array(lane).min(2),
    steps: z.array(diagramStepSchema).min(1),
  })
  .superRefine((d, ctx) => {
    d.steps.forEach((s, i) => {
      const used = 'over' in s ? s.over : [s.from, s.to];
      const bad = used.find((l) => !d.lanes.includes(l));
      if (bad) ctx.addIssue({ code: 'custom', path: ['steps', i], message: `lane "${bad}" is not in lanes; add it there` });
    });
  });

export type DiagramData = z.infer<typeof diagramSchema>;
