/**
 * Sequence diagrams as inline SVG, built from a small description (lanes, arrows, notes) at build time.
 * Pure: text in, markup out. Colours come from CSS classes (site.css), so the picture follows light and dark
 * mode and needs no inline style under the Content-Security-Policy.
 */

export interface Lane {
  id: string;
  name: string;
}

/** An arrow between two lanes. `verbatim` labels are protocol text (a command or reply) and are set in code. */
export interface Arrow {
  from: string;
  to: string;
  label: string;
  verbatim?: boolean;
  /** control: commands and replies; data: the data connection or its bytes; tls: handshake messages; fail: a connection that never arrives. */
  kind?: 'control' | 'data' | 'tls' | 'fail';
}

/** A note written over one lane or across several. */
export interface Note {
  note: string;
  over: string[];
}

export type Step = Arrow | Note;

export interface Diagram {
  /** Prefix for the ids inside the SVG, unique on the page. */
  id: string;
  title: string;
  /** One sentence for <desc>. */
  description: string;
  lanes: Lane[];
  steps: Step[];
}

const FONT = 13;
const ROW = 36;
const NOTE_ROW = 30;
const HEAD = 34;
const MIN_GAP = 150;
const PAD = 12;

/** Escapes text for SVG and HTML, in content and in attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Width of a label in user units, estimated: Hangul and other wide characters take a full em, the rest about 0.62. */
export function textWidth(s: string, size = FONT): number {
  let em = 0;
  for (const ch of s) em += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.62;
  return Math.ceil(em * size);
}

export const isNote = (s: Step): s is Note => 'note' in s;

/** Checks that every step names known lanes and that arrows join two different lanes; throws on the first problem. */
export function checkDiagram(d: Pick<Diagram, 'id' | 'lanes' | 'steps'>): void {
  const ids = d.lanes.map((l) => l.id);
  if (new Set(ids).size !== ids.length) throw new Error(`diagram ${d.id}: a lane is listed twice`);
  d.steps.forEach((s, i) => {
    const used = isNote(s) ? s.over : [s.from, s.to];
    const bad = used.find((l) => !ids.includes(l));
    if (bad) throw new Error(`diagram ${d.id}: steps[${i}]: unknown lane "${bad}"; lanes are ${ids.join(', ')}`);
    if (!isNote(s) && s.from === s.to) throw new Error(`diagram ${d.id}: steps[${i}]: an arrow needs two different lanes`);
  });
}

/** The x position of every lane: gaps widen so that each arrow's label fits between the lanes it joins. */
export function laneX(d: Pick<Diagram, 'lanes' | 'steps'>): number[] {
  // Neighbouring lane headings must not touch.
  const head = (l: Lane) => textWidth(l.name) + 2 * PAD;
  const gaps = d.lanes.slice(1).map((l, i) => Math.max(MIN_GAP, (head(d.lanes[i]!) + head(l)) / 2 + 10));
  const index = new Map(d.lanes.map((l, i) => [l.id, i]));
  for (const s of d.steps) {
    if (isNote(s)) continue;
    const [a, b] = [index.get(s.from)!, index.get(s.to)!].sort((x, y) => x - y) as [number, number];
    const need = textWidth(s.label) + 2 * PAD;
    const have = gaps.slice(a, b).reduce((x, y) => x + y, 0);
    if (need > have) for (let g = a; g < b; g++) gaps[g]! += (need - have) / (b - a);
  }
  const first = Math.max(...d.lanes.map((l) => textWidth(l.name) / 2 + PAD), 60);
  const xs = [first];
  for (const g of gaps) xs.push(xs[xs.length - 1]! + Math.ceil(g));
  return xs;
}

/** The diagram as an SVG element: role="img", named by its <title>, described by <desc> and by `describedBy` if given. */
export function renderDiagram(d: Diagram, describedBy?: string): string {
  checkDiagram(d);
  const xs = laneX(d);
  const x = new Map(d.lanes.map((l, i) => [l.id, xs[i]!]));
  const parts: string[] = [];
  let minX = 0;
  let maxX = xs[xs.length - 1]! + xs[0]!;
  let y = HEAD + 18;

  for (const s of d.steps) {
    if (isNote(s)) {
      const centres = s.over.map((l) => x.get(l)!);
      const mid = (Math.min(...centres) + Math.max(...centres)) / 2;
      const w = Math.max(textWidth(s.note) + 2 * PAD, Math.max(...centres) - Math.min(...centres) + 2 * PAD);
      minX = Math.min(minX, mid - w / 2 - 4);
      maxX = Math.max(maxX, mid + w / 2 + 4);
      parts.push(
        `<g class="d-note"><rect x="${mid - w / 2}" y="${y - 6}" width="${w}" height="${NOTE_ROW - 6}" rx="4"/>` +
          `<text x="${mid}" y="${y + 11}" text-anchor="middle">${escapeXml(s.note)}</text></g>`,
      );
      y += NOTE_ROW;
      continue;
    }
    const [x1, x2] = [x.get(s.from)!, x.get(s.to)!];
    const dir = x2 > x1 ? 1 : -1;
    const tip = x2 - dir * 2;
    const kind = s.kind ?? 'control';
    const ay = y + 12;
    parts.push(
      `<g class="d-arrow d-${kind}">` +
        `<text x="${(x1 + x2) / 2}" y="${ay - 6}" text-anchor="middle"${s.verbatim ? ' class="d-verbatim" lang="en"' : ''}>${escapeXml(s.label)}</text>` +
        `<line x1="${x1}" y1="${ay}" x2="${tip - dir * 8}" y2="${ay}"/>` +
        `<polygon points="${tip},${ay} ${tip - dir * 9},${ay - 4.5} ${tip - dir * 9},${ay + 4.5}"/></g>`,
    );
    y += ROW;
  }

  const height = y + 4;
  const heads = d.lanes
    .map((l, i) => {
      const w = textWidth(l.name) + 2 * PAD;
      minX = Math.min(minX, xs[i]! - w / 2 - 2);
      maxX = Math.max(maxX, xs[i]! + w / 2 + 2);
      return (
        `<g class="d-lane"><line x1="${xs[i]}" y1="${HEAD}" x2="${xs[i]}" y2="${height}"/>` +
        `<rect x="${xs[i]! - w / 2}" y="2" width="${w}" height="${HEAD - 4}" rx="4"/>` +
        `<text x="${xs[i]}" y="${HEAD / 2 + 5}" text-anchor="middle">${escapeXml(l.name)}</text></g>`
      );
    })
    .join('');
  const titleId = `${d.id}-title`;
  const descId = `${d.id}-desc`;
  const labelled = describedBy ? `${descId} ${describedBy}` : descId;
  const width = Math.ceil(maxX - minX);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="diagram" role="img" viewBox="${Math.floor(minX)} 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" font-size="${FONT}" aria-labelledby="${titleId}" aria-describedby="${labelled}">` +
    `<title id="${titleId}">${escapeXml(d.title)}</title><desc id="${descId}">${escapeXml(d.description)}</desc>` +
    heads +
    parts.join('') +
    `</svg>`
  );
}

/** The steps as text, in order: the diagram's text alternative. */
export function transcript(d: Pick<Diagram, 'lanes' | 'steps'>): { lead: string[]; text: string; verbatim: boolean; note: boolean }[] {
  const name = new Map(d.lanes.map((l) => [l.id, l.name]));
  return d.steps.map((s) =>
    isNote(s)
      ? { lead: s.over.map((l) => name.get(l)!), text: s.note, verbatim: false, note: true }
      : { lead: [name.get(s.from)!, name.get(s.to)!], text: s.label, verbatim: !!s.verbatim, note: false },
  );
}
