// Five kinds of comparison page, in both languages: the first sentence under "In short" is the one that matters
// for that kind of pair, and the page says it with the facts of the session model.
import { expect, test } from '@playwright/test';

const CASES = [
  {
    kind: 'same stage',
    path: '213-vs-257',
    claim: 'stage',
    en: 'Both come at navigation and file commands, so when they arrive does not tell them apart',
    ko: '둘 다 탐색·파일 명령 단계에서 오므로 시점으로는 구별되지 않지만',
  },
  {
    kind: 'same session, in sequence',
    path: '227-vs-425',
    claim: 'sequence',
    en: 'They come one right after the other in the same session, in a passive listing whose data port the client could not reach, as the server reports it: 227 first, then 425.',
    ko: '같은 세션 안에서 227 바로 다음에 425가 옵니다.',
  },
  {
    kind: 'same situation across servers',
    path: '421-vs-530',
    claim: 'situation',
    en: 'The same situation gets one or the other depending on the server and its settings: when the server already has as many sessions as it allows, 421 comes from vsftpd, Pure-FTPd, and FileZilla Server (since 1.8.0), 530 from ProFTPD.',
    ko: '같은 상황인데도 서버와 설정에 따라 vsftpd, Pure-FTPd, FileZilla Server(1.8.0부터)에서는 421이, ProFTPD에서는 530이 옵니다.',
  },
  {
    kind: 'Winsock pair',
    path: '10060-vs-10061',
    claim: 'tcp',
    en: "with 10060, the client sent a connection request and nothing came back at all, and it shows only after the client's timeout, about 20 seconds; with 10061, the server machine answered the connection request with a reset, and it shows at once",
    ko: '10061은 연결 요청에 서버 컴퓨터가 리셋으로 답한 경우로 1초도 걸리지 않고 곧바로 나타납니다.',
  },
  {
    kind: 'unrelated pair',
    path: '214-vs-452',
    claim: 'stage',
    en: 'the two can come in either order',
    ko: '둘은 어느 순서로든 올 수 있습니다.',
  },
] as const;

for (const c of CASES) {
  for (const locale of ['en', 'ko'] as const) {
    test(`${c.kind}: /${locale}/${c.path}/ leads with its key sentence`, async ({ page }) => {
      await page.goto(`/${locale}/${c.path}/`);
      const lead = page.getByRole('region', { name: locale === 'en' ? 'In short' : '요약' }).locator('p.lead');
      await expect(lead).toContainText(c[locale]);
      await expect(lead).toHaveAttribute('data-claim', c.claim);
    });
  }
}

test('a sequence pair shows its transcript from the software collection', async ({ page }) => {
  await page.goto('/en/227-vs-425/');
  const session = page.getByRole('region', { name: 'Where they come in a session' });
  await expect(session.locator('pre')).toContainText('Response: 425 Failed to establish connection.');
});

test('a situation pair lists what each server sends', async ({ page }) => {
  await page.goto('/ko/421-vs-530/');
  const servers = page.getByRole('region', { name: '같은 상황, 서버마다 다른 코드' });
  await expect(servers.getByRole('listitem').filter({ hasText: 'ProFTPD' }).first()).toContainText('530 Sorry, the maximum number of allowed clients ({n}) are already connected.');
});
