// The built site served by a real nginx with the generated configuration: status codes, redirects, headers,
// compression and the 404 pages, checked with real HTTP requests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { findNginx } from '../../scripts/nginx.mjs';
import { nginxServer, routeTable } from '../../src/lib/deploy-config';
import { allPages } from './site';

const PORT = Number(process.env.E2E_PORT ?? 4329) + 1000;
const base = `http://127.0.0.1:${PORT}`;
let dir: string;
let http: APIRequestContext;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ftp-codes-nginx-'));
  // The same generator the build uses, pointed at this checkout's dist/ and a test port.
  const site = nginxServer(routeTable(allPages().map((p) => p.slice(1))), { root: resolve('dist'), listen: `127.0.0.1:${PORT}` });
  writeFileSync(join(dir, 'site.conf'), site);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `# Runs in the foreground-free test sandbox: its own pid, logs and temp folders.
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const nginx = findNginx()!;
  const check = spawnSync(nginx, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  const start = spawnSync(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  expect(start.status, start.stderr).toBe(0);
  http = await request.newContext({ baseURL: base, maxRedirects: 0 });
  // nginx forks into the background; wait until it answers.
  for (let i = 0; i < 50; i++) {
    try {
      await http.get('/en/');
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

test.afterAll(async () => {
  await http?.dispose();
  const pid = Number(readFileSync(join(dir, 'nginx.pid'), 'utf8'));
  process.kill(pid, 'SIGQUIT');
});

const get = (path: string, headers: Record<string, string> = {}) => http.get(path, { headers });

test('the bare address and short links redirect by Accept-Language, keeping unknown numbers a 404', async () => {
  const root = await get('/', { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.8' });
  expect(root.status()).toBe(302);
  expect(root.headers().location).toBe('/ko/');
  expect((await get('/', { 'accept-language': 'de-DE,en;q=0.5' })).headers().location).toBe('/en/');
  const short = await get('/425', { 'accept-language': 'ko' });
  expect(short.status()).toBe(302);
  expect(short.headers().location).toBe('/ko/425/');
  expect((await get('/10060/', { 'accept-language': 'en-US' })).headers().location).toBe('/en/10060/');
  expect((await get('/999')).status()).toBe(404);
});

test('reversed comparison addresses redirect permanently to the lower-code-first page', async () => {
  const r = await get('/en/425-vs-220/');
  expect(r.status()).toBe(301);
  expect(r.headers().location).toBe('/en/220-vs-425/');
  expect((await get('/ko/530-vs-421/')).headers().location).toBe('/ko/421-vs-530/');
  expect((await get('/en/220-vs-425/')).status()).toBe(200);
});

test('pages carry the security headers, a short cache and compression', async () => {
  const r = await get('/en/425/', { 'accept-encoding': 'gzip' });
  expect(r.status()).toBe(200);
  const h = r.headers();
  expect(h['content-type']).toContain('text/html');
  expect(h['content-encoding']).toBe('gzip');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['content-security-policy']).toBe("frame-ancestors 'none'");
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['cache-control']).toContain('max-age=300');
});

test('hashed assets and the search index are cached for a year; the search entry file is not', async () => {
  const css = readFileSync('dist/en/425/index.html', 'utf8').match(/href="(\/_astro\/[^"]+\.css)"/)![1]!;
  const asset = await get(css);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
  expect((await get('/pagefind/pagefind.js')).headers()['cache-control']).toBe('public, max-age=3600');
  const manifest = await get('/manifest.webmanifest');
  expect(manifest.headers()['content-type']).toContain('application/manifest+json');
});

test('unknown addresses get the 404 page of their language', async () => {
  const ko = await get('/ko/no-such-page/');
  expect(ko.status()).toBe(404);
  expect(await ko.text()).toContain('<html lang="ko"');
  const en = await get('/en/42/');
  expect(en.status()).toBe(404);
  expect(await en.text()).toContain('<html lang="en"');
  const outside = await get('/no-such-page');
  expect(outside.status()).toBe(404);
  expect(await outside.text()).toContain('data-not-found');
});
