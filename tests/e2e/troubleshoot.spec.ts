// Symptoms, guides and the ways around the site (issue 12): two clicks from home, every decision branch lands
// on a page and anchor that exist, diagrams with text alternatives and no axe violations, breadcrumbs, prev/next.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { allPages, page as builtPage, siteCodes } from './site';

const LOCALES = ['en', 'ko'] as const;
const symptomPaths = (l: string) => allPages().filter((p) => new RegExp(`^/${l}/troubleshoot/[a-z-]+/$`).test(p));
const guidePaths = (l: string) => allPages().filter((p) => new RegExp(`^/${l}/guides/[a-z-]+/$`).test(p));

test('there are at least ten symptoms and four guides in each locale', () => {
  for (const l of LOCALES) {
    expect(symptomPaths(l).length).toBeGreaterThanOrEqual(10);
    expect(guidePaths(l).map((p) => p.split('/')[3])).toEqual(expect.arrayContaining(['active-passive', 'ftps', 'session', 'nat-firewalls']));
  }
});

for (const l of LOCALES) {
  test(`/${l}/: every symptom page is two clicks from home`, async ({ page }) => {
    for (const target of symptomPaths(l)) {
      await page.goto(`/${l}/`);
      await page.getByRole('navigation', { name: l === 'en' ? 'Where to start' : '어디서 시작할까요' }).getByRole('link', { name: l === 'en' ? 'I have a symptom' : '증상만 알고 있습니다' }).click();
      await expect(page).toHaveURL(`/${l}/troubleshoot/`);
      await page.locator(`main a[href="${target}"]`).first().click();
      await expect(page).toHaveURL(target);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  });

  test(`/${l}/: every code page is one click from home, and the code entry leads to the lookup`, async ({ page }) => {
    await page.goto(`/${l}/`);
    for (const code of siteCodes()) await expect(page.locator(`main a[href="/${l}/${code}/"]`).first()).toBeVisible();
    await page.getByRole('link', { name: l === 'en' ? 'I have a code' : '응답 코드를 알고 있습니다' }).click();
    await expect(page).toHaveURL(`/${l}/#lookup`);
    await page.locator(`main a[href="/${l}/425/"]`).first().click();
    await expect(page).toHaveURL(`/${l}/425/`);
  });
}

/** The id an href points at, on its page: throws when the page or the anchor is missing. */
function resolve(from: string, href: string): string {
  const url = new URL(href, `https://x${from}`);
  const root = builtPage(url.pathname);
  const id = decodeURIComponent(url.hash.slice(1));
  if (id && !root.querySelector(`[id="${id}"]`)) throw new Error(`${from}: ${href}: no #${id} on ${url.pathname}`);
  return id;
}

for (const l of LOCALES) {
  test(`/${l}/troubleshoot/: every decision-path branch ends at an existing page and anchor`, async ({ page }) => {
    for (const path of symptomPaths(l)) {
      await page.goto(path);
      const path_ = page.locator('section.decision');
      const first = path_.locator('.question').first();
      // Walk every branch from the first question, following "next question" links.
      const leaves: string[] = [];
      const walk = async (questionId: string, via: string[]) => {
        expect(via, `${path}: a loop through ${questionId}`).not.toContain(questionId);
        const links = await page.locator(`[id="${questionId}"] a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        expect(links.length, `${path} #${questionId} offers at least two answers`).toBeGreaterThanOrEqual(2);
        for (const href of links) {
          if (href.startsWith('#q-')) await walk(href.slice(1), [...via, questionId]);
          else leaves.push(href);
        }
      };
      await walk((await first.getAttribute('id'))!, []);
      // Every question on the page is reached by some branch.
      const questions = await path_.locator('.question').count();
      expect(questions).toBeGreaterThanOrEqual(1);
      for (const href of leaves) {
        const id = resolve(path, href);
        if (!href.startsWith('#')) expect(id || href, `${path}: ${href}`).toBeTruthy();
      }
      expect(leaves.length).toBeGreaterThanOrEqual(2);
    }
  });
}

test('a branch is followed in the browser to the section it names', async ({ page }) => {
  await page.goto('/en/troubleshoot/listing-fails/');
  await page.getByRole('link', { name: 'A 227 or 229 reply, then a timeout' }).click();
  await expect(page).toHaveURL(/#q-pasv-address$/);
  await page.getByRole('link', { name: /A private one/ }).click();
  await expect(page).toHaveURL('/en/guides/nat-firewalls/#private-address');
  await expect(page.locator('#private-address')).toBeInViewport();
});

/** Checks every diagram on the page: an image with a name, described by an ordered list of the same steps. */
async function checkDiagrams(page: Page) {
  const svgs = page.locator('svg[role="img"]');
  const n = await svgs.count();
  expect(n).toBeGreaterThanOrEqual(1);
  for (let i = 0; i < n; i++) {
    const svg = svgs.nth(i);
    const name = await svg.evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent ?? '');
    expect(name.length).toBeGreaterThan(10);
    const described = (await svg.getAttribute('aria-describedby'))!.split(' ');
    const list = page.locator(`ol[id="${described[1]}"]`);
    const steps = await svg.locator('.d-arrow, .d-note').count();
    await expect(list.locator('li')).toHaveCount(steps);
    // Every label drawn in the picture is in the text alternative too.
    const drawn = await svg.locator('.d-arrow text, .d-note text').allTextContents();
    const listed = (await list.textContent())!;
    for (const label of drawn) expect(listed).toContain(label);
    // No colour is fixed in the markup: the theme's CSS colours it in light and dark.
    expect(await svg.evaluate((el) => el.outerHTML)).not.toMatch(/style=|fill="#|stroke="#/);
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const l of LOCALES) {
      test(`/${l}/guides/*: diagrams have text alternatives, pages pass axe`, async ({ page }) => {
        for (const path of guidePaths(l)) {
          await page.goto(path);
          await checkDiagrams(page);
          // The text alternative is also checked when it is open.
          await page.locator('figure details').first().locator('summary').click();
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`)).toEqual([]);
        }
      });
      test(`/${l}/troubleshoot/ pages pass axe`, async ({ page }) => {
        for (const path of [`/${l}/troubleshoot/`, `/${l}/guides/`, ...symptomPaths(l)]) {
          await page.goto(path);
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`)).toEqual([]);
        }
      });
    }
  });
}

test('breadcrumbs show the trail the structured data names, the page itself marked current', async ({ page }) => {
  for (const [path, names] of [
    ['/en/425/', ['Home', '4xx', "425 Can't open data connection"]],
    ['/ko/troubleshoot/listing-fails/', ['홈', '문제 해결', '로그인은 되는데 디렉터리 목록 조회가 실패하거나 멈춤']],
    ['/en/guides/ftps/', ['Home', 'Guides', 'FTPS step by step']],
  ] as const) {
    await page.goto(path);
    const nav = page.getByRole('navigation', { name: path.startsWith('/ko/') ? '현재 위치' : 'Breadcrumb' });
    await expect(nav.getByRole('listitem')).toHaveText([...names]);
    await expect(nav.locator('[aria-current="page"]')).toHaveAttribute('href', path);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    const list = (ld['@graph'] ?? [ld]).find((x: { '@type': string }) => x['@type'] === 'BreadcrumbList');
    expect(list.itemListElement.map((i: { name: string }) => i.name)).toEqual([...names]);
  }
});

test('a code page links the previous and next code and the symptoms it belongs to', async ({ page }) => {
  await page.goto('/en/425/');
  const nav = page.getByRole('navigation', { name: 'Previous and next code' });
  await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', '/en/421/');
  await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', '/en/426/');
  await expect(page.locator('main').getByRole('link', { name: 'NAT and firewalls', exact: true })).toHaveAttribute('href', '/en/guides/nat-firewalls/');
  await page.getByRole('link', { name: 'Login works, but the listing fails or hangs' }).first().click();
  await expect(page).toHaveURL('/en/troubleshoot/listing-fails/');
  await page.goto('/ko/110/');
  await expect(page.getByRole('navigation', { name: '이전 코드와 다음 코드' }).locator('a[rel="prev"]')).toHaveCount(0);
});

test('long pages have "on this page" links to sections that exist', async ({ page }) => {
  for (const path of ['/en/troubleshoot/ftps-fails/', '/ko/guides/nat-firewalls/']) {
    await page.goto(path);
    const toc = page.getByRole('navigation', { name: path.startsWith('/ko/') ? '이 페이지의 내용' : 'On this page' });
    const hrefs = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(4);
    for (const h of hrefs) await expect(page.locator(h)).toHaveCount(1);
  }
});

test('symptom and guide pages work under the Content-Security-Policy', async ({ page }) => {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  for (const path of ['/en/troubleshoot/', '/ko/troubleshoot/ftps-fails/', '/en/guides/ftps/', '/ko/guides/session/', '/en/425/']) {
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  }
  expect(problems).toEqual([]);
});

test('search finds symptom and guide pages by the words readers type', async ({ page }) => {
  for (const [locale, query, expected] of [
    ['en', 'uploads fail', '/en/troubleshoot/upload-fails/'],
    ['en', 'FTPS step by step', '/en/guides/ftps/'],
    ['ko', '파일 이름이 깨짐', '/ko/troubleshoot/garbled-names/'],
  ] as const) {
    await page.goto(`/${locale}/`);
    await page.getByRole('combobox').fill(query);
    await expect(page.getByRole('option').first()).toBeVisible();
    const urls = await page.getByRole('option').evaluateAll((os) => os.map((o) => o.getAttribute('data-url')));
    expect(urls.some((u) => u?.startsWith(expected)), `${query}: ${urls.join(' ')}`).toBe(true);
  }
});
