import { dirname, join, resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { LOCALES, DEFAULT_LOCALE, LOCALE_INFO } from './src/lib/locales';
import { contentGuard } from './src/integrations/content-guard';
import { CONTENT_ROOT } from './src/lib/content/root';
import { isForwardingPath } from './src/lib/routes';
import { pagefindIndex } from './src/integrations/pagefind';
import { deployFiles } from './src/integrations/deploy-files';
import { directivesGrammar, tokenClasses } from './src/lib/code-blocks';
import { smallPreloadHelper } from './src/integrations/preload-helper';
import { cspHashes } from './src/integrations/csp-hashes';

export const SITE = 'https://ftp-codes.example';

export default defineConfig({
  site: SITE,
  // Content from elsewhere (the bench's scaled copies, test fixtures) keeps its own content cache, next to it: Astro
  // reuses a cached entry's file path while the file's text is unchanged, so a copy's paths would leak into builds of
  // src/content, and into later copies, after the copy is gone.
  ...(CONTENT_ROOT === 'src/content' ? {} : { cacheDir: join(dirname(resolve(CONTENT_ROOT)), '.astro-cache') }),
  // Links always end with a slash; 'ignore' also serves /425 (the short link tools print) without one.
  trailingSlash: 'ignore',
  // One cached stylesheet for every page instead of a copy inlined in each of thousands of pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Likewise the search script: one cached file, not 4 KiB inlined into each page.
  vite: { build: { assetsInlineLimit: 0 }, plugins: [smallPreloadHelper()] },
  // A strict Content-Security-Policy in every page's <meta>, with hashes for Astro's own scripts and styles (after the
  // build each page keeps only the hashes of its own inline code: src/integrations/csp-hashes.ts).
  // Pagefind compiles its WebAssembly at run time, which needs 'wasm-unsafe-eval' (no 'unsafe-eval', no 'unsafe-inline').
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Smart quotes guess a mark's direction from the character after it, and Hangul counts as a word: the closing
    // mark of “…”으로 came out as an opening one. Sources write “ ” themselves; dashes and ellipses stay smart.
    processor: satteri({ features: { smartPunctuation: { quotes: false, dashes: true, ellipses: true } } }),
    shikiConfig: {
      // Colours as var(--astro-code-token-*) names, which tokenClasses turns into classes: Shiki writes colours as
      // style attributes, which the CSP above forbids. The colours live in src/styles/code.css, light and dark.
      theme: 'css-variables',
      langs: [directivesGrammar],
      // Configuration blocks name their server (```vsftpd); the page keeps that name in data-language, where the
      // config check (src/lib/server-config.ts) and the caption (src/lib/code-blocks.ts) find it, and highlights
      // them as the closest syntax: vsftpd's name=value as ini, ProFTPD's and Pure-FTPd's directive lines with
      // the small grammar in code-blocks.ts.
      langAlias: { vsftpd: 'ini', proftpd: 'ftpd-directives', 'pure-ftpd': 'ftpd-directives' },
      transformers: [tokenClasses],
    },
  },
  integrations: [
    contentGuard(CONTENT_ROOT),
    mdx(),
    sitemap({
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(LOCALES.map((l) => [l, LOCALE_INFO[l].lang])),
      },
      // Reversed pair addresses only redirect; they stay out of the sitemap.
      filter: (page) => !isForwardingPath(page),
      // The integration drops every page named 500 as if it were an error page; here 500 is a reply code.
      customPages: LOCALES.map((l) => `${SITE}/${l}/500/`),
    }),
    cspHashes(),
    pagefindIndex(),
    deployFiles(),
  ],
});
