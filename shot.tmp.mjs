import { chromium } from '@playwright/test';
const [,, url, out, scheme = 'light', full = '0'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ colorScheme: scheme, viewport: { width: 900, height: 1100 } });
await p.goto(url);
await p.screenshot({ path: out, fullPage: full === '1' });
await b.close();
