/**
 * Where each reply code happens in an FTP session, written once.
 * The stages follow a session from the TCP connect to QUIT; "any" marks replies that can answer any command
 * (syntax and sequence errors), "none" the numbers an FTP session does not normally produce at all.
 */
import { modelCodeOf } from '../content/clones';

/** The stages of a session, in the order a session goes through them. */
export const STAGES = ['connect', 'greeting', 'security', 'login', 'commands', 'data-setup', 'transfer', 'transfer-end', 'quit'] as const;
export type OrderedStage = (typeof STAGES)[number];
export type Stage = OrderedStage | 'any' | 'none';

/**
 * The stage each code belongs to (where a reader meets it most often) and, for some, where else it turns up.
 * Keys are every code in src/content/codes/; a unit test keeps the two lists equal.
 */
export const STAGE_OF: Record<string, { stage: Stage; also?: Stage[] }> = {
  // A TCP connection that never became a session: to port 21, or to the data port later.
  '10060': { stage: 'connect', also: ['data-setup'] },
  '10061': { stage: 'connect', also: ['data-setup'] },
  // A connection that was open and was torn down: during a transfer, right after AUTH TLS, before the greeting, or after a pause.
  '10054': { stage: 'transfer', also: ['greeting', 'security', 'commands'] },
  // An open connection the client's own system gave up on: during a transfer or the TLS handshake.
  '10053': { stage: 'transfer', also: ['security', 'commands'] },
  // No route to the address: the server's, or the one a 227 reply announced.
  '10065': { stage: 'connect', also: ['data-setup'] },
  // Winsock numbers FTP tools do not normally report (see their pages).
  '10066': { stage: 'none' },
  '10068': { stage: 'none' },
  '556': { stage: 'none' },
  // The first line the server sends.
  '220': { stage: 'greeting' },
  '120': { stage: 'greeting' },
  '421': { stage: 'greeting', also: ['security', 'login', 'any'] },
  // AUTH, ADAT, PBSZ, PROT, CCC and the protected replies of RFC 2228 and RFC 4217.
  '234': { stage: 'security' },
  '334': { stage: 'security' },
  '335': { stage: 'security' },
  '235': { stage: 'security' },
  '431': { stage: 'security' },
  '400': { stage: 'security' },
  '533': { stage: 'security' },
  '534': { stage: 'security' },
  '535': { stage: 'security' },
  '536': { stage: 'security' },
  '537': { stage: 'security' },
  '631': { stage: 'security' },
  '632': { stage: 'security' },
  '633': { stage: 'security' },
  // USER, PASS, ACCT (and HOST before them).
  '331': { stage: 'login' },
  '332': { stage: 'login' },
  '336': { stage: 'login' },
  '230': { stage: 'login' },
  '232': { stage: 'login' },
  '530': { stage: 'login', also: ['any'] },
  '430': { stage: 'login' },
  '434': { stage: 'login' },
  // Navigation, file and information commands on the control connection.
  '202': { stage: 'commands' },
  '211': { stage: 'commands' },
  '212': { stage: 'commands' },
  '213': { stage: 'commands' },
  '214': { stage: 'commands' },
  '215': { stage: 'commands' },
  '250': { stage: 'commands' },
  '251': { stage: 'commands' },
  '252': { stage: 'commands' },
  '257': { stage: 'commands' },
  '350': { stage: 'commands' },
  '450': { stage: 'commands', also: ['transfer'] },
  '550': { stage: 'commands', also: ['transfer'] },
  '553': { stage: 'commands', also: ['transfer'] },
  '532': { stage: 'commands' },
  '551': { stage: 'commands' },
  '554': { stage: 'commands' },
  '555': { stage: 'commands' },
  // PASV, EPSV, PORT, EPRT and the connection they set up.
  '227': { stage: 'data-setup' },
  '228': { stage: 'data-setup' },
  '229': { stage: 'data-setup' },
  '425': { stage: 'data-setup' },
  '435': { stage: 'data-setup' },
  '520': { stage: 'data-setup' },
  '521': { stage: 'data-setup' },
  '522': { stage: 'data-setup' },
  // While the data connection carries a listing or a file.
  '110': { stage: 'transfer' },
  '125': { stage: 'transfer' },
  '150': { stage: 'transfer' },
  '426': { stage: 'transfer' },
  '451': { stage: 'transfer' },
  '452': { stage: 'transfer' },
  '552': { stage: 'transfer' },
  // The reply that closes a transfer (or answers ABOR with none running).
  '226': { stage: 'transfer-end' },
  '225': { stage: 'transfer-end' },
  '221': { stage: 'quit' },
  // Any command can get these.
  '200': { stage: 'any' },
  '500': { stage: 'any' },
  '501': { stage: 'any' },
  '502': { stage: 'any' },
  '503': { stage: 'any' },
  '504': { stage: 'any' },
};

/**
 * Position of a stage in a session, or undefined where no order holds. Navigation commands interleave with
 * data setup and transfers, so "commands" is ordered only against the stages before login and QUIT after.
 */
export function stageRank(stage: Stage): number | undefined {
  const i = (STAGES as readonly string[]).indexOf(stage);
  return i < 0 ? undefined : i;
}

/** -1 if stage a always comes before b in a session, 1 if after, 0 if neither order holds (or the same stage). */
export function stageOrder(a: Stage, b: Stage): -1 | 0 | 1 {
  const ra = stageRank(a);
  const rb = stageRank(b);
  if (ra === undefined || rb === undefined || ra === rb) return 0;
  const body = (s: Stage) => s === 'commands' || s === 'data-setup' || s === 'transfer' || s === 'transfer-end';
  if (body(a) && body(b) && (a === 'commands' || b === 'commands')) return 0;
  return ra < rb ? -1 : 1;
}

/** The stages a code can come at: its own and the others it turns up at. */
export function stagesOf(code: string): Stage[] {
  const s = STAGE_OF[modelCodeOf(code)];
  if (!s) throw new Error(`session-model: no stage for code ${code}; add it to STAGE_OF in src/lib/session-model/stages.ts`);
  return [s.stage, ...(s.also ?? [])];
}

/** -1 if code a always comes before code b in a session (at every stage either can come at), 1 if always after, else 0. */
export function codeOrder(a: string, b: string): -1 | 0 | 1 {
  const pairs = stagesOf(a).flatMap((sa) => stagesOf(b).map((sb) => stageOrder(sa, sb)));
  if (pairs.every((o) => o === -1)) return -1;
  if (pairs.every((o) => o === 1)) return 1;
  return 0;
}

/** The stage a code belongs to; throws for a code the model does not know, so a new code cannot slip past. */
export function stageOf(code: string): Stage {
  const s = STAGE_OF[modelCodeOf(code)];
  if (!s) throw new Error(`session-model: no stage for code ${code}; add it to STAGE_OF in src/lib/session-model/stages.ts`);
  return s.stage;
}
