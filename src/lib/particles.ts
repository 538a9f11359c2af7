/** Korean particles (조사) that agree with the word before them, digits and Latin words included. */

/** The final consonant of a word as read aloud: none, ㄹ, or another one. */
export type Batchim = 'none' | 'rieul' | 'other';

/** A particle pair, written as after-consonant/after-vowel (e.g. '은/는'). */
export type Particle = '은/는' | '이/가' | '을/를' | '과/와' | '으로/로' | '이다/다' | '이에요/예요' | '이라는/라는';

// Sino-Korean reading of the last non-zero digit: 일 칠 팔 end in ㄹ; 삼 육 in another consonant.
const DIGIT: Record<string, Batchim> = {
  '1': 'rieul', '2': 'none', '3': 'other', '4': 'none', '5': 'none',
  '6': 'other', '7': 'rieul', '8': 'rieul', '9': 'none',
};

// Latin letters as Koreans name them: L 엘 and R 알 end in ㄹ; M 엠, N 엔 in another consonant.
const LETTER: Record<string, Batchim> = {
  L: 'rieul', R: 'rieul', M: 'other', N: 'other',
};

// Words read as words, not spelled out. Anything Latin not here is spelled letter by letter.
const WORDS: Record<string, Batchim> = {
  PASV: 'none', // 패스브이
  EPSV: 'none', // 이피에스브이
  PORT: 'none', // 포트
  EPRT: 'none', // 이피알티
  USER: 'none', // 유저
  PASS: 'none', // 패스
  QUIT: 'other', // 큇
  LIST: 'none', // 리스트
  TYPE: 'other', // 타입
  MODE: 'none', // 모드
  HELP: 'none', // 헬프
  SITE: 'none', // 사이트
  STAT: 'other', // 스탯
  NOOP: 'other', // 눕
  AUTH: 'none', // 오스
  HOST: 'none', // 호스트
  LANG: 'other', // 랭
  FEAT: 'other', // 핏
  OPTS: 'none', // 옵츠
  SIZE: 'none', // 사이즈
  REST: 'none', // 레스트
  FTP: 'none', // 에프티피
  FTPS: 'none', // 에프티피에스
  SFTP: 'none', // 에스에프티피
  TLS: 'none', // 티엘에스
  SSL: 'rieul', // 에스에스엘
  NAT: 'other', // 낫
  IIS: 'none', // 아이아이에스
  IP: 'none', // 아이피
  vsftpd: 'none', // 브이에스에프티피디
  ProFTPD: 'none', // 프로에프티피디
  'Pure-FTPd': 'none', // 퓨어에프티피디
  FileZilla: 'none', // 파일질라
  WinSCP: 'none', // 윈에스씨피
  curl: 'rieul', // 컬
  lftp: 'none', // 엘에프티피
  ftplib: 'other', // 에프티피립
  Windows: 'none', // 윈도우
  English: 'none', // 잉글리시
  Winsock: 'other', // 윈속
};

/** What sound the word ends with as read aloud; throws when the reading cannot be known. */
export function batchimOf(word: string): Batchim {
  // A particle after "(…)" agrees with the word before the parentheses: 불일치(ESTA)를.
  const w = word
    .trim()
    .replace(/[’”'"`」』.,!?]+$/u, '')
    .replace(/\s*\([^()]*\)$/u, '')
    .replace(/[)\]}'"`.,!?”’」』]+$/u, '');
  if (!w) throw new Error('particles: empty word');
  const known = WORDS[w];
  if (known && Object.hasOwn(WORDS, w)) return known;
  const last = w.at(-1)!;
  const code = last.codePointAt(0)!;
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'none' : jong === 8 ? 'rieul' : 'other';
  }
  // "4xx", "5xx": read 사엑스엑스, which ends in a vowel.
  if (/^\dxx$/i.test(w)) return 'none';
  const num = w.match(/(\d+)$/);
  if (num) return numberBatchim(num[1]!);
  if (/^[A-Z]+$/.test(w)) return LETTER[last] ?? 'none';
  throw new Error(`particles: no known reading for "${word}"; add it to WORDS in src/lib/particles.ts or reword`);
}

function numberBatchim(digits: string): Batchim {
  const n = digits.replace(/^0+(?=\d)/, '');
  if (/^0+$/.test(n)) return 'other'; // 영
  // Trailing zeros are read 십, 백, 천, 만 or 억: each ends in a consonant other than ㄹ.
  if (n.endsWith('0')) return 'other';
  return DIGIT[n.at(-1)!] ?? 'other';
}

/** The particle form that fits after `word`. */
export function particle(word: string, p: Particle): string {
  const [afterConsonant, afterVowel] = p.split('/') as [string, string];
  const b = batchimOf(word);
  if (p === '으로/로') return b === 'other' ? '으로' : '로';
  return b === 'none' ? afterVowel : afterConsonant;
}

/** `word` followed by the particle that fits it, e.g. withParticle('425', '은/는') → '425는'. */
export function withParticle(word: string, p: Particle): string {
  return word + particle(word, p);
}
