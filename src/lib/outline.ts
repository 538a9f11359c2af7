/** The sections of an MDX body, for "on this page" links: <Section id="…"> (heading from the dictionary) and <Part id="…" title="…">. */
export interface OutlineItem {
  id: string;
  /** The heading text when the body writes it; absent for <Section>, whose heading is a UI string. */
  title?: string;
}

export function outline(body: string): OutlineItem[] {
  return [...body.matchAll(/<(Section|Part)\s+id="([a-z0-9-]+)"(?:\s+title="([^"]*)")?/g)].map((m) => (m[3] === undefined ? { id: m[2]! } : { id: m[2]!, title: m[3] }));
}
