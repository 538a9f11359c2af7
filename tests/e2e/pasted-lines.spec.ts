// Lines as people paste them — server replies, client errors in English and Korean, with the prefixes clients print —
// put the code page whose reply it is first in the header search, in both locales, and the reply lookup names the
// software that prints them. Every line is a text of src/content/software/ with its variable parts filled in.
import { expect, test, type Page } from '@playwright/test';
import { fileFor, page as built } from './site';

/** [pasted line, code page expected first, software the lookup should name (any of them when several print it)] */
const LINES: [string, string, RegExp][] = [
  // Servers, bare and with the prefixes of FileZilla, WinSCP, curl -v and Python.
  ['500 OOPS: vsftpd: refusing to run with writable root inside chroot()', '500', /vsftpd/],
  ['Response: 421 There are too many connections from your internet address.', '421', /vsftpd/],
  ['< 425 Failed to establish connection.', '425', /vsftpd|ftpd \(3DS/],
  ['응답: 553 Could not create file.', '553', /vsftpd/],
  ['ftplib.error_perm: 530 Sorry, the maximum number of clients (5) for this user are already connected.', '530', /ProFTPD/],
  ['Response:\t425 Unable to build data connection: Connection timed out', '425', /ProFTPD/],
  ['[10:41:07] Response: 503 PBSZ not allowed on insecure control connection', '503', /ProFTPD|pyftpdlib/],
  ['421 Timeout (no new data for 300 seconds)', '421', /Pure-FTPd/],
  ['Error: 550 Sorry, but that file doesn\'t exist', '550', /Pure-FTPd/],
  ['530 Login authentication failed', '530', /Pure-FTPd/],
  ['550 Failed to set file modification time', '550', /FileZilla Server/],
  ['오류: 425 Unable to build data connection: TLS session of data connection not resumed.', '425', /FileZilla Server/],
  ['530 Sorry, only anonymous ftp allowed.', '530', /FreeBSD|inetutils/i],
  ['< 425 Can\'t build data connection: address family or port error', '425', /OpenBSD/],
  ['503 Can\'t find the user name.', '503', /Apache FtpServer/],
  ['425 You cannot do PASV with something that\'s not IPv4', '425', /Heimdal/],
  ['550 Anonymous users are forbidden to change the filesystem', '550', /Twisted/],
  ['2024-05-01 10:11:12 Response: 501 Unrecognized MODE type.', '501', /pyftpdlib/],
  ['Status: 227 Entering Passive Mode (192,168,10,20,195,80).', '227', /./],
  ['Response: 530 Login incorrect.', '530', /./],
  // Clients and libraries, in English.
  ['Error:\tConnection attempt failed with "ECONNREFUSED - Connection refused by server".', '10061', /FileZilla/],
  ['Error: Could not read from socket: ECONNRESET - Connection reset by peer', '10054', /FileZilla/],
  ['curl: (9) Server denied you to change to the given directory', '550', /curl/],
  ['Timeout detected. (data connection)', '10060', /WinSCP/],
  ['The server cannot open connection in active mode. If you are behind a NAT router, you may need to specify an external IP address. Alternatively, consider switching to passive mode.', '425', /WinSCP/],
  ['System.Net.WebException: The remote server returned an error: (425) Can\'t open data connection.', '425', /\.NET/],
  ['TimeoutError: [WinError 10060] A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond', '10060', /Python|Windows/],
  ['Login failed: 530 Login incorrect.', '530', /lftp/],
  ['org.apache.commons.net.ftp.FTPConnectionClosedException: FTP response 421 received.  Server closed connection.', '421', /Commons Net/],
  ['> ftp: connect :Connection refused', '10061', /ftp\.exe|Windows/],
  // Clients in Korean, as their own translations print them.
  ['오류:\t"ECONNREFUSED - 서버에서의 연결 거부"(으)로 연결 시도 실패.', '10061', /FileZilla/],
  ['오류: 소켓을 읽지 못함: ECONNRESET - 피어에서의 연결 리셋', '10054', /FileZilla/],
  ['오류: "ETIMEDOUT - 연결 시간 초과"(으)로 연결 시도 실패.', '10060', /FileZilla/],
  ['제한 시간이 초과하였습니다. (데이터 연결)', '10060', /WinSCP/],
  ['전송 채널을 열 수 없습니다. 사유: 대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다.', '10061', /WinSCP/],
  ['TimeoutError: [WinError 10060] 연결된 구성원으로부터 응답이 없어 연결하지 못했거나, 호스트로부터 응답이 없어 연결이 끊어졌습니다', '10060', /Python|Windows/],
  ['ConnectionResetError: [WinError 10054] 현재 연결은 원격 호스트에 의해 강제로 끊겼습니다', '10054', /Python|Windows/],
  ['로그인 실패: 530 Login incorrect.', '530', /lftp/],
  ['> ftp: connect :연결 시간 초과', '10060', /ftp\.exe|Windows/],
  ['로그인하지 못했습니다.', '530', /ftp\.exe|Windows/],
];

/**
 * Lines whose texts the code page leaves to the software page (it lists a few texts per program, see
 * src/components/MessageGroups.astro): the known texts, not the page's own words, still put the code page first.
 * [pasted line, code page expected first, software the lookup should name, message id on that software's page]
 */
const OMITTED: [string, string, RegExp, string][] = [
  ['Response: 550 No permission to create reports/2024.', '550', /Apache FtpServer/, 'servers/apache-ftpserver/#mkd-no-permission'],
  ["< 550 Can't remove directory /pub/old-builds.", '550', /Apache FtpServer/, 'servers/apache-ftpserver/#rmd-failed-550'],
  ['550 Not a file: /pnfs/example.org/data/run42.root', '550', /dCache/, 'servers/dcache/#not-a-file'],
  ['ftplib.error_perm: 550 Cannot delete file, reason: Permission denied', '550', /dCache/, 'servers/dcache/#cannot-delete'],
  ['Response: 550 CWD failed. "/site/images": directory not found.', '550', /FileZilla Server/, 'servers/filezilla-server/#cwd-not-found-legacy'],
  ['550 quarterly-report.pdf: file size 1048576 exceed credit 1024.', '550', /WU-FTPD/, 'servers/wu-ftpd/#credit-exceeded'],
  ['오류: 550 Cannot compress directories.', '550', /WU-FTPD/, 'servers/wu-ftpd/#cannot-convert-dirs'],
];

async function firstResult(page: Page, query: string): Promise<string> {
  await page.getByRole('combobox').fill(query);
  const first = page.getByRole('option').first();
  await expect(first).toBeVisible();
  return (await first.getAttribute('data-url'))!;
}

test('the list holds 40 lines', () => expect(LINES).toHaveLength(40));

test('the omitted lines are texts their code page leaves to the software page', () => {
  for (const [line, code, , anchor] of OMITTED) {
    const [path, id] = anchor.split('#');
    for (const locale of ['en', 'ko']) {
      expect(fileFor(`/${locale}/${path}`), anchor).toBeTruthy();
      expect(built(`/${locale}/${path}`).querySelector(`li[id="${id}"]`), `${anchor} on /${locale}/${path}`).toBeTruthy();
      expect(built(`/${locale}/${code}/`).querySelector(`a[href="/${locale}/${anchor}"]`), `/${locale}/${code}/ lists ${line}`).toBeNull();
    }
  }
});

for (const locale of ['en', 'ko'] as const) {
  for (const [line, code, software] of [...LINES, ...OMITTED]) {
    test(`/${locale}/ ${line.slice(0, 60)} → ${code}`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      expect(await firstResult(page, line)).toBe(`/${locale}/${code}/`);
      await page.locator('#lookup-input').fill(line);
      await page.locator('form[data-lookup] button').click();
      const result = page.locator('[data-lookup-result]');
      await expect(result.locator('strong')).toHaveText(software);
      await expect(result.getByRole('link').first()).toHaveAttribute('href', `/${locale}/${code}/`);
    });
  }
}
