/**
 * Astro integration: after the build, writes the hosts' configuration next to the pages it routes
 * (dist/_redirects, dist/_headers, dist/vercel.json) and an nginx server block to deploy/nginx.conf,
 * all from the same route table (src/lib/deploy-config.ts).
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../lib/locales';
import { netlifyHeaders, netlifyRedirects, nginxServer, routeTable, vercelConfig } from '../lib/deploy-config';

/** Where the nginx configuration goes: outside dist/, since it is for the server, not a file to serve. */
export const NGINX_CONF = 'deploy/nginx.conf';

export function deployFiles(): AstroIntegration {
  return {
    name: 'deploy-files',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        const table = routeTable(pages.map((p) => p.pathname));
        // Static hosts look for 404.html files; Astro writes the locales' 404 pages as folders.
        for (const l of LOCALES) {
          const built = join(site, l, '404', 'index.html');
          if (existsSync(built)) copyFileSync(built, join(site, l, '404.html'));
        }
        writeFileSync(join(site, '_redirects'), netlifyRedirects(table));
        writeFileSync(join(site, '_headers'), netlifyHeaders());
        writeFileSync(join(site, 'vercel.json'), vercelConfig(table));
        mkdirSync('deploy', { recursive: true });
        writeFileSync(NGINX_CONF, nginxServer(table, { root: '/var/www/ftp-reply-codes', listen: '80' }));
        logger.info(`${table.shortLinks.length} short links, ${table.reversed.length} reversed comparisons → _redirects, _headers, vercel.json, ${NGINX_CONF}`);
      },
    },
  };
}
