/** The shape of the session model's prose in one language; every key in both languages (a missing one is a type error). */
export interface SessionText {
  /** Per code: a short name for page titles. */
  label: Record<string, string>;
  /** Per code: what having seen it tells a reader. English: a clause after "tells you"; Korean: a clause before "뜻". */
  conclusion: Record<string, string>;
  /** Per error code: what to do, as a clause (English, after "if you got {code},") or a noun phrase (Korean, before 이고/입니다). */
  fix: Record<string, string>;
  /** Per sequence id: what the session does, as a noun phrase. */
  sequence: Record<string, string>;
  /** Per situation id: the situation, as a clause. */
  situation: Record<string, string>;
  /** Per cause id: the cause and the one fix for it. */
  cause: Record<string, { name: string; fix: string }>;
  /** Per Winsock code: what the client saw, how long it took, what it rules out. */
  tcp: Record<string, { seen: string; timing: string; rulesOut: string }>;
}
