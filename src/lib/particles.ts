/** Korean particles (조사) that agree with the word before them, digits and Latin words included. */

/** The final consonant of a word as read aloud: none, ㄹ, or another one. */
export type Batchim = 'none' | 'rieul' | 'other';

/** A particle pair, written as after-consonant/after-vowel (e.g. '은/는'). */
export type Particle = '은/는' | '이/가' | '을/를' | '과/와' | '으로/로' | '이다/다' | '이에요/예요' | '이라는/라는' | '이나/나';

// Sino-Korean reading of the last non-zero digit: 일 칠 팔 end in ㄹ; 삼 육 in another consonant.
const DIGIT: Record<string, Batchim> = {
  '1': 'rieul', '2': 'none', '3': 'other', '4': 'none', '5': 'none',
  '6': 'other', '7': 'rieul', '8': 'rieul', '9': 'none',
};

function words(batchim: Batchim, list: string): [string, Batchim][] {
  return list.split(/\s+/).filter(Boolean).map((w) => [w, batchim]);
}

// Latin letters as Koreans name them: L 엘 and R 알 end in ㄹ; M 엠, N 엔 in another consonant; the rest in a vowel.
const LETTER: Record<string, Batchim> = {
  L: 'rieul', R: 'rieul', M: 'other', N: 'other',
};

// English words at the end of commands, directives, file names and reply texts, as Korean engineers read them
// (the last word of a code span decides; lower case). A word not here, not in WORDS and not short capitals
// has no known reading: reword so no particle follows it.
const ENGLISH: Record<string, Batchim> = Object.fromEntries([
  // ㄹ: 파일, 컨트롤, 테이블, 이네이블, 어베일러블, 로컬, 프로토콜, 셸, 유알엘, 석세스풀 …
  ...words('rieul', `jail unreachable ssl full all available channel confidential control ctrl debuglevel disable enable file html idle l level
    literal local mail null pool protocol shell successful table tool tunnel unavailable url xml dial`),
  // another final consonant: 로그인, 타임아웃, 파이썬, 커넥션, 세션, 오픈, 네임, 타입, 스트림 …
  ...words('other', `again at charset com connecting connection dataset domain done en encoding encryption exception
    filename from get getwelcome in k5login keytab lang listing localtime login logon main md5sum
    mechanism name nnn nologin offline offset on open option out pem perm private put python quotatab
    reconnecttime reget rename renegociation secret session stream system time timeout type unknown
    unwrap username version listen limit etimedout hostname socket ping ban fscharset clientcharset pyftpdlib econnreset`),
  // a vowel: 서버, 유저, 모드, 코드, 호스트, 포트, 파일즈, 디렉터리, 패스워드, 커맨드 …
  ...words('none', `access acct allowed are path range resumed use help proceed exchange noted abort aborted account keepalive ntransfercmd pwd to address administrator ago algorithms alias alice alive allow anchors anonymous
    append argument ascii assets auth authorized avc bar binary bye cacert cache ccc check chroot clear
    cleartext client clients close closed code command commands conf config connections context continue
    created creative cwd data dates debug denied digest dir directory dirs disabled download enabled end
    enotempty epsv error exceeded exe exit expected facts failed false files first folder
    follow follows ftp ftpd ftperror ftpquota ftpusers go goodbye home host implemented incorrect inode
    instances instead interrupted ip keepalives kerberos klist ko later linux list locked log lost ltnp
    method mkd mkdb mlsd mode msg mv necessary needed netrc new newdir nlst no off only opiepasswd
    options parameter parameters passwd password pasv pdf peer permitted port print progress promiscuous
    quota quote read recognized reload remote remotehelp request required response rest restart
    retrbinary retrlines reuse root safe script seconds secure selinux sendcmd sent server service
    setquota site size sorry stalled startswith status storbinary storlines succeeded suite supported
    tar tcp temp tls transfer true txt umask understood unix unrecognized unsupported usage user useradd
    users voidcmd voidresp wrappers write wsaenotempty wsaeusers yes terminated econnaborted wsaenetunreach tracert over
    inactivity js filenames rate bandwidth sequence effect www of certificate econnrefused refused encrypted
    handler entry credentials connect disconnect passive lcd await pipe force plazma twisted notify
    ratio authorizer cipher`),
]);

/** Words whose reading varies among Korean engineers (QUIT: 큇/퀴트, NAT: 낫/엔에이티): write "QUIT 명령을", "NAT 환경에서". */
const UNCLEAR = new Set(['QUIT', 'STAT', 'FEAT', 'NOOP', 'ABOR', 'STOR', 'NAT', 'kinit', 'png', 'reqd', 'krb', 'mmmm', 'yyyy', 'quit', 'DATACONN', 'CTRLCONN', '#', '@', '-', '~', '|']);

// Words read as words, not spelled out. Anything Latin not here is spelled letter by letter.
const WORDS: Record<string, Batchim> = {
  PASV: 'none', // 패스브이
  EPSV: 'none', // 이피에스브이
  PORT: 'none', // 포트
  EPRT: 'none', // 이피알티
  USER: 'none', // 유저
  PASS: 'none', // 패스
  LIST: 'none', // 리스트
  TYPE: 'other', // 타입
  MODE: 'none', // 모드
  HELP: 'none', // 헬프
  SITE: 'none', // 사이트
  AUTH: 'none', // 오스
  HOST: 'none', // 호스트
  LANG: 'other', // 랭
  OPTS: 'none', // 옵츠
  SIZE: 'none', // 사이즈
  REST: 'none', // 레스트
  FTP: 'none', // 에프티피
  FTPS: 'none', // 에프티피에스
  SFTP: 'none', // 에스에프티피
  TLS: 'none', // 티엘에스
  SSL: 'rieul', // 에스에스엘
  IIS: 'none', // 아이아이에스
  IP: 'none', // 아이피
  IPv4: 'none', // 아이피브이포
  IPv6: 'none', // 아이피브이식스
  NET: 'other', // .NET 닷넷
  GSSAPI: 'none', // 지에스에스에이피아이
  '/': 'none', // 슬래시
  RANG: 'other', // 랭
  'Wi-Fi': 'none', // 와이파이
  '*': 'none', // 별표
  vsftpd: 'none', // 브이에스에프티피디
  fail2ban: 'other', // 페일투밴
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
  if (UNCLEAR.has(w)) throw new Error(`particles: the reading of "${w}" varies; reword so no particle follows it (e.g. "${w} 명령을", "${w} 옵션을")`);
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
  const lower = w.toLowerCase();
  if (Object.hasOwn(ENGLISH, lower)) return ENGLISH[lower]!;
  // Short capitals (ALG, ACL, RETR) and single letters are spelled out letter by letter.
  if (/^(?:[A-Z0-9]{1,6}|[a-z])$/.test(w) && /[A-Za-z]$/.test(w)) return LETTER[last.toUpperCase()] ?? 'none';
  throw new Error(`particles: no known reading for "${word}"; add it to WORDS in src/lib/particles.ts or reword`);
}

function numberBatchim(digits: string): Batchim {
  const n = digits.replace(/^0+(?=\d)/, '');
  if (/^0+$/.test(n)) return 'other'; // 영
  // Trailing zeros are read 십, 백, 천, 만 or 억: each ends in a consonant other than ㄹ.
  if (n.endsWith('0')) return 'other';
  return DIGIT[n.at(-1)!] ?? 'other';
}

/** The particle form that fits after a word ending in `b`. */
export function particleAfter(b: Batchim, p: Particle): string {
  const [afterConsonant, afterVowel] = p.split('/') as [string, string];
  if (p === '으로/로') return b === 'other' ? '으로' : '로';
  return b === 'none' ? afterVowel : afterConsonant;
}

/** The particle form that fits after `word`. */
export function particle(word: string, p: Particle): string {
  return particleAfter(batchimOf(word), p);
}

/** `word` followed by the particle that fits it, e.g. withParticle('425', '은/는') → '425는'. */
export function withParticle(word: string, p: Particle): string {
  return word + particle(word, p);
}

/** Where the parenthesis that closes at the end of `t` opens, or -1. */
function matchingOpen(t: string): number {
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    if (t[i] === ')') depth++;
    else if (t[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The word a reader says last in a code span or a Latin term: "dirlist_enable" → "enable",
 * "/etc/vsftpd.conf" → "conf", "QuotaLimitTable" → "Table", "421 Service not available." → "available".
 */
export function lastSpokenWord(text: string): string {
  let t = text.trim().replace(/[.,;:!?\]}'"”’…\s]*$/u, '');
  // Arguments of a call are not what the reader says last: ftp.prot_p() → prot_p, print(ftp.sendcmd("FEAT")) → print.
  // A note in parentheses after a space is read aloud: "226 Transfer done (but failed to open directory)."
  for (let prev = ''; prev !== t; ) {
    prev = t;
    const open = t.endsWith(')') ? matchingOpen(t) : -1;
    // A Korean gloss in parentheses is not read either: the particle agrees with the word before it, 없음(…)으로.
    if (open > 0 && /[\w.\p{Script=Hangul}]/u.test(t[open - 1]!)) t = t.slice(0, open).replace(/[.,;:!?\]}'"”’…\s]*$/u, '');
  }
  t = t.replace(/[()]/g, ' ').trim();
  const token = t.split(/\s+/).at(-1) ?? '';
  const parts = token
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_/\\.\-=:,()[\]@<>{}*+'"|]+/)
    .filter(Boolean);
  return parts.at(-1) ?? t;
}

/**
 * How a code span, Latin term or number ends when read aloud: the whole text if it is a known word
 * ("Pure-FTPd", "FileZilla Server" → "Server"), else its last spoken word. Throws when no reading is known.
 */
export function readingBatchim(text: string): Batchim {
  const t = text.trim();
  const candidates = [t, t.split(/\s+/).at(-1) ?? t, lastSpokenWord(t)];
  for (const c of candidates) if (Object.hasOwn(WORDS, c)) return WORDS[c]!;
  const spoken = lastSpokenWord(t);
  return batchimOf(spoken || t);
}
