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
