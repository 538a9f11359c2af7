// Code blocks as readers use them: the file they belong in, a copy button that copies what to paste, by mouse or
// keyboard, and no sideways scrolling on a phone. Expected texts come from the content sources, not from the page.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { allPages, page as parsed } from './site';

/** The fenced blocks of a content file with the given language, as written there. */
function sourceBlocks(file: string, language: string): string[] {
  const text = readFileSync(`src/content/${file}`, 'utf8');
  return [...text.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)\\n\`\`\`$`, 'gm'))].map((m) => m[1]!);
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('the copy button copies the vsftpd block of /en/425/ exactly, and says so', async ({ page }) => {
  const [block] = sourceBlocks('prose/en/425.mdx', 'vsftpd');
  expect(block).toContain('pasv_enable=YES');
  await page.goto('/en/425/');
  const figure = page.locator('figure.code').filter({ has: page.locator('pre[data-language="vsftpd"]') }).first();
  await figure.getByRole('button', { name: 'Copy' }).click();
  await expect(figure.getByRole('status')).toHaveText('Copied');
  expect(await clipboard(page)).toBe(block);
});

test('the copy button works from the keyboard: Tab reaches it, Enter copies', async ({ page }) => {
  const [block] = sourceBlocks('prose/ko/425.mdx', 'proftpd');
  await page.goto('/ko/425/');
  const figure = page.locator('figure.code').filter({ has: page.locator('pre[data-language="proftpd"]') }).first();
  // Clicking the caption sets where Tab continues from, as a reader's click would.
  await figure.locator('figcaption').click();
  await page.keyboard.press('Tab');
  const button = figure.getByRole('button', { name: '복사' });
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(figure.getByRole('status')).toHaveText('복사했습니다');
  expect(await clipboard(page)).toBe(block);
});

test('configuration blocks are copied without their comment lines', async ({ page }) => {
  const [block] = sourceBlocks('prose/en/530.mdx', 'vsftpd');
  const comments = block!.split('\n').filter((l) => l.startsWith('#'));
  expect(comments.length).toBeGreaterThan(0);
  await page.goto('/en/530/');
  const figure = page.locator('figure.code').filter({ has: page.locator('pre[data-language="vsftpd"]') }).first();
  await figure.getByRole('button').click();
  await expect(figure.getByRole('status')).not.toBeEmpty();
  expect(await clipboard(page)).toBe(block!.split('\n').filter((l) => !l.startsWith('#')).join('\n'));
});

for (const [path, file] of [
  ['/en/tools/', 'pages/en/tools.mdx'],
  ['/ko/220/', 'prose/ko/220.mdx'],
] as const) {
  test(`the shell block of ${path} copies the command without its prompt or what it prints`, async ({ page }) => {
    const [block] = sourceBlocks(file, 'console');
    const commands = block!.split('\n').filter((l) => l.startsWith('$ '));
    expect(commands.length).toBe(1);
    await page.goto(path);
    const figure = page.locator('figure.code').filter({ has: page.locator('pre[data-language="console"]') });
    await expect(figure.locator('figcaption')).toHaveText(path.startsWith('/ko/') ? '셸' : 'Shell');
    await expect(figure.locator('pre')).toContainText(commands[0]!);
    await figure.getByRole('button').click();
    await expect(figure.getByRole('status')).not.toBeEmpty();
    expect(await clipboard(page)).toBe(commands[0]!.slice(2));
  });
}

test('without JavaScript the copy buttons stay out of sight and out of the way', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/425/');
  await expect(page.locator('figure.code pre').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy' })).toHaveCount(0);
  await context.close();
});

// The file each server reads its settings from, as the caption names it (src/lib/code-blocks.ts).
const CAPTIONS: Record<string, string> = {
  vsftpd: '/etc/vsftpd.conf',
  proftpd: 'proftpd.conf',
  'pure-ftpd': 'pure-ftpd.conf',
};

test('every configuration block of every code page and the tools page is captioned with its file', () => {
  const paths = allPages().filter((p) => /^\/(en|ko)\/(\d+|tools)\/$/.test(p));
  expect(paths.length).toBeGreaterThan(100);
  const wrong: string[] = [];
  let captioned = 0;
  for (const path of paths) {
    for (const pre of parsed(path).querySelectorAll('main pre[data-language]')) {
      const language = pre.getAttribute('data-language')!;
      if (!(language in CAPTIONS)) continue;
      const figure = pre.parentNode?.tagName === 'FIGURE' ? pre.parentNode : undefined;
      const caption = figure?.querySelector('figcaption code')?.text;
      if (caption !== CAPTIONS[language]) wrong.push(`${path} ${language}: ${caption}`);
      else captioned++;
    }
  }
  expect(wrong).toEqual([]);
  // Every ```vsftpd and ```proftpd block of the prose (as many per locale).
  expect(captioned).toBeGreaterThanOrEqual(40);
});

for (const path of ['/en/425/', '/ko/425/', '/en/10060/', '/ko/10060/', '/en/250/', '/en/tools/']) {
  test(`at 390 px no code block of ${path} is wider than the screen`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const blocks = page.locator('main pre');
    expect(await blocks.count()).toBeGreaterThan(0);
    const overflowing = await blocks.evaluateAll((pres) =>
      pres.filter((p) => p.scrollWidth > p.clientWidth || p.getBoundingClientRect().right > innerWidth).map((p) => p.textContent!.slice(0, 40)),
    );
    expect(overflowing).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}
