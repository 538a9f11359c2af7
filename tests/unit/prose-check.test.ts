import { describe, expect, it } from 'vitest';
import { doubledWords, englishRuns } from '../../src/lib/prose-check';

describe('doubledWords', () => {
  it('finds a word written twice', () => {
    expect(doubledWords('It fails when when the port is closed.')).toEqual(['when when']);
    expect(doubledWords('응답 응답이 옵니다')).toEqual([]);
    expect(doubledWords('서버가 서버가 보냅니다')).toEqual(['서버가 서버가']);
  });
  it('leaves different words and numbers alone', () => {
    expect(doubledWords('425 425 is data; the then')).toEqual([]);
  });
});

describe('englishRuns', () => {
  it('finds an English sentence in Korean text', () => {
    expect(englishRuns('이 응답은 The server could not open it 입니다')).toEqual(['The server could not open it']);
  });
  it('lets product names and short terms pass', () => {
    expect(englishRuns('FileZilla Server 또는 Windows ftp.exe에서')).toEqual([]);
    expect(englishRuns('curl, lftp, Python ftplib에서')).toEqual([]);
  });
  it('lets quoted reply texts pass', () => {
    expect(englishRuns('서버가 "No such file or directory"를 보냅니다')).toEqual([]);
    expect(englishRuns('RFC는 “Exceeded storage allocation (for current directory or dataset)“입니다')).toEqual([]);
  });
});

import { parse } from 'node-html-parser';
import { markupLeftovers, particleMistakes, quoteProblems, readingBlocks, withoutCode } from '../../src/lib/prose-check';

/** A problem without the excerpt that shows where it is. */
const what = (problem: string) => problem.split(' in "')[0];

// A deliberately broken Korean page: each defect the sweeps look for, once.
const BROKEN = parse(`<html><body><main>
  <p>FileZilla에서 *수동(Passive)*을 고르십시오. <code>PASV</code>를 보냅니다.</p>
  <p>RFC 959는 이 코드를 “파일을 사용할 수 없음“으로 정의합니다.</p>
  <p><code>dirlist_enable</code>를 켜고 <code>QuotaLimitTable</code>가 없으면 “RFC 1123”로 적습니다.</p>
  <p>이 응답은 The server could not open the connection 때문입니다.</p>
  <p lang="en">The server could not open the data connection at all.</p>
  <pre><code>*literal* in a code block</code></pre>
</main></body></html>`);

describe('readingBlocks', () => {
  it('keeps inline code and parts in another language between marks, drops code blocks', () => {
    const blocks = readingBlocks(BROKEN, 'ko');
    expect(blocks[0]).toContain('⟦PASV⟧를');
    expect(blocks.join(' ')).toContain('⟦The server could not open the data connection at all.⟧');
    expect(withoutCode(blocks.join(' '))).not.toContain('at all');
    expect(blocks.join(' ')).not.toContain('literal');
    expect(withoutCode('⟦PASV⟧를 보냅니다')).toBe(' ▪ 를 보냅니다');
  });
});

describe('markupLeftovers', () => {
  it('finds emphasis that did not render before a Korean particle', () => {
    expect(markupLeftovers('FileZilla에서 *수동(Passive)*을 고르십시오.')).toHaveLength(2);
    expect(markupLeftovers('**Windows ⟦ftp.exe⟧**는 지원하지 않습니다')).toHaveLength(2);
    expect(markupLeftovers('`STOR` 같은 명령')).toHaveLength(2);
  });
  it('leaves code and clean text alone', () => {
    expect(markupLeftovers('⟦*.txt⟧와 ⟦dirlist_enable⟧을 확인합니다')).toEqual([]);
  });
});

describe('quoteProblems', () => {
  it('finds a closing quote turned into an opening one before Hangul', () => {
    expect(quoteProblems('이 코드를 “파일을 사용할 수 없음“으로 정의합니다').map(what)).toEqual([
      'opening quote inside a quotation (a closing one turned the wrong way?)',
      'quotation never closed',
    ]);
    expect(quoteProblems('he said ”hello” then')[0]).toMatch(/closing quote without an opening one/);
    expect(quoteProblems('a "straight" quote')[0]).toMatch(/straight quote/);
  });
  it('accepts paired marks, apostrophes and quotes inside code', () => {
    expect(quoteProblems('“파일을 사용할 수 없음”으로 정의합니다. The client’s ⟦"x"⟧')).toEqual([]);
  });
});

describe('particleMistakes', () => {
  it('checks the particle after code spans, Latin words, numbers and quotations, as read aloud', () => {
    const [, , third] = readingBlocks(BROKEN, 'ko');
    expect(particleMistakes(third!).map(what)).toEqual([
      '⟦dirlist_enable⟧를 → …을 (read "enable")',
      '⟦QuotaLimitTable⟧가 → …이 (read "Table")',
      '“RFC 1123”로 → …으로 (read "1123")',
    ]);
    expect(particleMistakes('⟦421 Service not available.⟧을 보냅니다. ⟦PASV⟧를, FileZilla가, 425는, ⟦/etc/vsftpd.conf⟧를')).toEqual([]);
  });
  it('asks to reword where the reading varies or is unknown', () => {
    expect(particleMistakes('⟦QUIT⟧를 보냅니다')[0]).toMatch(/reading of "QUIT" varies; reword/);
    expect(particleMistakes('⟦frobnicate⟧를 실행합니다')[0]).toMatch(/no known reading for "frobnicate"/);
  });
});

describe('englishRuns on a page', () => {
  it('finds the English sentence and skips the part marked lang="en"', () => {
    const runs = readingBlocks(BROKEN, 'ko').flatMap((b) => englishRuns(withoutCode(b)));
    expect(runs).toEqual(['The server could not open the connection']);
  });
});
