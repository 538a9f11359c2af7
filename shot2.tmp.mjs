import { chromium } from '@playwright/test';
const [,, url, out, scheme = 'light', width = '900', sel = ''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ colorScheme: scheme, viewport: { width: Number(width), height: 900 } });
await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
const p = await ctx.newPage();
await p.goto(url);
if (sel) { const el = p.locator(sel).first(); await el.scrollIntoViewIfNeeded(); await p.locator('figure.code button').first().click(); await el.screenshot({ path: out }); }
else await p.screenshot({ path: out });
await b.close();
