import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { checkDiagram, escapeXml, laneX, renderDiagram, textWidth, transcript, type Diagram } from '../../src/lib/diagram';

const passive: Diagram = {
  id: 'pasv',
  title: 'Passive mode <listing>',
  description: 'A listing in passive mode.',
  lanes: [
    { id: 'client', name: 'Client' },
    { id: 'server', name: 'Server, port 21' },
    { id: 'server-data', name: 'Server, data port' },
  ],
  steps: [
    { from: 'client', to: 'server', label: 'PASV', verbatim: true },
    { from: 'server', to: 'client', label: '227 Entering Passive Mode (203,0,113,10,195,149).', verbatim: true },
    { from: 'client', to: 'server-data', label: 'connects to port 50069', kind: 'data' },
    { note: 'Bob\'s "firewall" & <NAT>', over: ['client', 'server'] },
  ],
};

describe('diagram', () => {
  const svg = parse(renderDiagram(passive, 'pasv-steps'));
  const root = svg.querySelector('svg')!;

  it('is an image named by its title and described by its text alternative', () => {
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('pasv-title');
    expect(root.getAttribute('aria-describedby')).toBe('pasv-desc pasv-steps');
    expect(svg.querySelector('#pasv-title')!.text).toBe('Passive mode <listing>');
    expect(svg.querySelector('#pasv-desc')!.text).toBe('A listing in passive mode.');
  });

  it('draws one lane per participant, in order, with its name', () => {
    const lanes = svg.querySelectorAll('.d-lane');
    expect(lanes.map((l) => l.querySelector('text')!.text)).toEqual(['Client', 'Server, port 21', 'Server, data port']);
    const xs = lanes.map((l) => Number(l.querySelector('line')!.getAttribute('x1')));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('draws each arrow from its lane to the other, with its label and kind, in order', () => {
    const arrows = svg.querySelectorAll('.d-arrow');
    expect(arrows.map((a) => a.querySelector('text')!.text)).toEqual(['PASV', '227 Entering Passive Mode (203,0,113,10,195,149).', 'connects to port 50069']);
    expect(arrows[2]!.classList.contains('d-data')).toBe(true);
    expect(arrows[0]!.querySelector('text')!.classList.contains('d-verbatim')).toBe(true);
    const lane = svg.querySelectorAll('.d-lane line').map((l) => Number(l.getAttribute('x1')));
    const line = (i: number) => arrows[i]!.querySelector('line')!;
    // The reply goes right to left: it starts at the server's lane and points at the client's.
    expect(Number(line(1).getAttribute('x1'))).toBe(lane[1]);
    expect(Number(line(1).getAttribute('x2'))).toBeLessThan(lane[1]!);
    expect(Number(line(1).getAttribute('x2'))).toBeGreaterThan(lane[0]!);
    const ys = arrows.map((a) => Number(a.querySelector('line')!.getAttribute('y1')));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('escapes every text it writes', () => {
    const raw = renderDiagram(passive);
    expect(raw).toContain('Bob&#39;s &quot;firewall&quot; &amp; &lt;NAT&gt;');
    expect(raw).toContain('Passive mode &lt;listing&gt;');
    expect(raw).not.toContain('<NAT>');
    expect(svg.querySelector('.d-note text')!.text).toBe('Bob\'s "firewall" & <NAT>');
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('uses no inline style and no fixed colour, so it follows the theme under the CSP', () => {
    const raw = renderDiagram(passive);
    expect(raw).not.toMatch(/style=|fill="#|stroke="#|on\w+=/);
  });

  it('widens the gap between lanes until the longest label fits', () => {
    const [a, b] = laneX(passive);
    expect(b! - a!).toBeGreaterThanOrEqual(textWidth('227 Entering Passive Mode (203,0,113,10,195,149).'));
    expect(textWidth('데이터')).toBeGreaterThan(textWidth('abc'));
    // Lane headings never overlap: each pair of neighbours is at least half of both headings apart.
    const xs = laneX(passive);
    passive.lanes.slice(1).forEach((l, i) => {
      expect(xs[i + 1]! - xs[i]!).toBeGreaterThan((textWidth(passive.lanes[i]!.name) + textWidth(l.name)) / 2 + 24);
    });
  });

  it('lists the same steps as text', () => {
    expect(transcript(passive).map((s) => `${s.lead.join(' → ')}: ${s.text}`)).toEqual([
      'Client → Server, port 21: PASV',
      'Server, port 21 → Client: 227 Entering Passive Mode (203,0,113,10,195,149).',
      'Client → Server, data port: connects to port 50069',
      'Client → Server, port 21: Bob\'s "firewall" & <NAT>',
    ]);
  });

  it('refuses unknown lanes and arrows that go nowhere', () => {
    expect(() => checkDiagram({ ...passive, steps: [{ from: 'client', to: 'nat', label: 'x' }] })).toThrow('steps[0]: unknown lane "nat"');
    expect(() => checkDiagram({ ...passive, steps: [{ from: 'client', to: 'client', label: 'x' }] })).toThrow('two different lanes');
  });
});
