/**
 * JSON-LD for every page, typed with schema-dts (schema.org's own vocabulary as TypeScript types), so a property
 * that a type does not have fails the type check. Pure: pages pass in what they know, this shapes it.
 */
import type { BreadcrumbList, DefinedTerm, FAQPage, Graph, TechArticle, WebPage, WebSite } from 'schema-dts';

/** One step of a page's trail (Home › 4xx › 425), with an absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** What a page says about itself; `kind` decides the schema.org type of the page. */
export interface PageFacts {
  kind: 'article' | 'page' | 'home';
  url: string;
  title: string;
  description: string;
  /** BCP-47 tag of the page's language. */
  lang: string;
  siteName: string;
  siteUrl: string;
  image?: string | undefined;
  crumbs: Crumb[];
  /** The reply code the page defines, as a DefinedTerm (code pages). */
  term?: { code: string; name: string; description: string; setName: string; setUrl: string } | undefined;
  /** Question-and-answer pairs the page shows (comparison pages). */
  faq?: { question: string; answer: string }[] | undefined;
}

/** The schema.org types this site emits; a test checks every page uses only these. */
export const USED_TYPES = ['WebSite', 'WebPage', 'FAQPage', 'TechArticle', 'BreadcrumbList', 'ListItem', 'DefinedTerm', 'DefinedTermSet', 'Question', 'Answer'] as const;

/**
 * The page's JSON-LD as one @graph. Lean, since it is part of every page's 14 KB budget: the site is described on
 * the home page and referred to by @id elsewhere, and a fact is said once (the article holds the description and the
 * term; the page node holds the image and the breadcrumb).
 */
export function structuredData(p: PageFacts): Graph {
  const siteId = `${p.siteUrl}#website`;
  const breadcrumb: BreadcrumbList = {
    '@type': 'BreadcrumbList',
    '@id': `${p.url}#breadcrumb`,
    itemListElement: p.crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
  const site: WebSite = { '@type': 'WebSite', '@id': siteId, name: p.siteName, url: p.siteUrl, inLanguage: ['en', 'ko'] };
  // The article's description already says what the term means.
  const about: DefinedTerm | undefined = p.term && {
    '@type': 'DefinedTerm',
    name: `${p.term.code} ${p.term.name}`,
    termCode: p.term.code,
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: p.term.setName, url: p.term.setUrl },
  };
  // An article page is a WebPage (it holds the breadcrumb) whose main entity is the TechArticle; a page with
  // questions and answers is an FAQPage, a kind of WebPage.
  const article: TechArticle | undefined =
    p.kind === 'article'
      ? {
          '@type': 'TechArticle',
          '@id': `${p.url}#article`,
          url: p.url,
          headline: p.title,
          description: p.description,
          inLanguage: p.lang,
          ...(about ? { about } : {}),
        }
      : undefined;
  const common = {
    '@id': `${p.url}#page`,
    url: p.url,
    name: p.title,
    ...(article ? {} : { description: p.description }),
    inLanguage: p.lang,
    isPartOf: { '@id': siteId },
    breadcrumb: { '@id': `${p.url}#breadcrumb` },
    ...(p.image ? { image: p.image } : {}),
  };
  const page: WebPage | FAQPage = p.faq?.length
    ? {
        '@type': 'FAQPage',
        ...common,
        mainEntity: p.faq.map((q) => ({ '@type': 'Question', name: q.question, acceptedAnswer: { '@type': 'Answer', text: q.answer } })),
      }
    : { '@type': 'WebPage', ...common, ...(article ? { mainEntity: { '@id': `${p.url}#article` } } : {}) };
  return { '@context': 'https://schema.org', '@graph': [...(p.kind === 'home' ? [site] : []), page, ...(article ? [article] : []), breadcrumb] };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the element. */
export function jsonLd(data: Graph): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
