/** Content collections: facts once per code (YAML), prose per locale (MDX), optional notes on confused pairs (MDX). */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { codeSchema, commandFactsSchema, commandTextSchema, pageSchema, pairSchema, symptomSchema, symptomProseSchema, guideSchema, diagramSchema, proseSchema, softwareProseSchema, softwareSchema } from './lib/content/schema';
import { CONTENT_ROOT } from './lib/content/root';
import { LOCALES } from './lib/locales';

const codes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT_ROOT}/codes` }),
  schema: codeSchema,
});

// Entry ids are "en/425", "ko/425".
const prose = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${CONTENT_ROOT}/prose` }),
  schema: proseSchema,
});

// Entry ids are "en/425-vs-426".
const pairs = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${CONTENT_ROOT}/pairs` }),
  schema: pairSchema,
});

// Site pages written as prose (the tools page): ids are "en/tools".
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${CONTENT_ROOT}/pages` }),
  schema: pageSchema,
});

// FTP commands: one entry per command (id "PASV") with where it is defined, and per locale its name and summary.
const commands = defineCollection({
  loader: file(`${CONTENT_ROOT}/commands/facts.yaml`),
  schema: commandFactsSchema.valueType,
});
const commandText = defineCollection({
  loader: glob({ pattern: `{${LOCALES.join(',')}}.yaml`, base: `${CONTENT_ROOT}/commands`, generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
  schema: commandTextSchema,
});

// Software and every text it prints (ids "vsftpd"), and per locale when it prints each (ids "en/vsftpd").
const software = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT_ROOT}/software` }),
  schema: softwareSchema,
});
const softwareProse = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: `${CONTENT_ROOT}/software-prose` }),
  schema: softwareProseSchema,
});

// Symptoms: facts and decision path once (ids "listing-fails"), words per locale (ids "en/listing-fails").
const symptoms = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT_ROOT}/symptoms` }),
  schema: symptomSchema,
});
const symptomProse = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${CONTENT_ROOT}/symptoms` }),
  schema: symptomProseSchema,
});
// Guides per locale (ids "en/ftps") and the sequence diagrams they draw (ids "passive").
const guides = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${CONTENT_ROOT}/guides` }),
  schema: guideSchema,
});
const diagrams = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT_ROOT}/diagrams` }),
  schema: diagramSchema,
});

export const collections = { codes, prose, pairs, pages, commands, commandText, software, softwareProse, symptoms, symptomProse, guides, diagrams };
