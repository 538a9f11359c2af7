/**
 * The session explainer's page script: sends the pasted log to the worker, renders the diagnosis and the
 * transcript with DOM text nodes only (never HTML from the log), and makes a shareable link that carries the
 * log, passwords masked, in the URL fragment. Strings come from the page (the locale's dictionary).
 */
import { fill, type Vars } from '../../lib/text';
import type { Finding, ReplyRow, Row } from '../../lib/session';
import type { Request, Response } from './protocol';

const LIMIT = 2000;
const ROW_SLICE = 250;
/** Browsers cope with long fragments, but a link this long is no longer something people send. */
const MAX_LINK = 1_500_000;

const form = document.querySelector<HTMLFormElement>('form[data-explain]');
const out = document.querySelector<HTMLElement>('[data-explain-output]');
if (form && out) setUp(form, out);

function setUp(form: HTMLFormElement, out: HTMLElement) {
  const S: Record<string, string> = JSON.parse(form.dataset.strings!);
  const titles: Record<string, string> = JSON.parse(form.dataset.titles!);
  const base = form.dataset.base!;
  const locale = document.documentElement.lang;
  const numbers = new Intl.NumberFormat(locale);
  const t = (key: string, vars?: Vars) => fill(S[key] ?? key, vars);

  const textarea = form.querySelector('textarea')!;
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const status = out.querySelector<HTMLElement>('[data-status]')!;
  const results = out.querySelector<HTMLElement>('[data-results]')!;
  const share = document.querySelector<HTMLElement>('[data-share]')!;
  const shareButton = share.querySelector('button')!;
  const shareField = share.querySelector('input')!;
  const shareStatus = share.querySelector<HTMLElement>('[data-share-status]')!;

  let worker: Worker | undefined;
  let seq = 0;
  const send = (req: Request) => {
    if (!worker) {
      worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<Response>) => receive(e.data);
    }
    worker.postMessage(req);
  };

  const explain = (text: string) => {
    seq++;
    status.textContent = t('explain.working');
    submit.disabled = true;
    send({ id: seq, type: 'explain', text, knownUrl: form.dataset.known!, limit: LIMIT });
  };

  const receive = (res: Response) => {
    if (res.id !== seq) return;
    submit.disabled = false;
    if (res.type === 'error') {
      status.textContent = t('explain.failed', { error: res.error });
      return;
    }
    if (res.type === 'masked') return void makeLink(res.text);
    const { result } = res;
    results.replaceChildren();
    if (!result.rows.length && !result.findings.length) {
      status.textContent = t('explain.none');
      share.hidden = true;
      return;
    }
    status.textContent = t('explain.read', {
      lines: numbers.format(res.lines),
      formats: result.formats.map((f) => t(`explain.format.${f}`)).join('; '),
      replies: numbers.format(result.replies),
      ms: numbers.format(Math.round(res.ms)),
    });
    // Replies whose text the software collection knows, by line: a finding quotes when that software sends it.
    const knownAt = new Map<number, string>();
    for (const row of result.rows)
      if (row.type === 'exchange')
        for (const r of row.replies) {
          const said = r.known && res.when[`${r.known.software}/${r.known.id}`];
          if (r.known && said) knownAt.set(r.line, t('explain.sentBy', { software: res.names[r.known.software] ?? r.known.software, when: said }));
        }
    results.append(findingsSection(result.findings, knownAt, result.server), transcriptSection(result.rows, result.total, res.names, res.when, result.server));
    share.hidden = false;
    shareField.hidden = true;
    shareStatus.textContent = '';
  };

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  };
  // A sentence from the software collection marks settings in backticks: those become <code>, the rest stays text.
  const withCode = (text: string) => {
    const p = el('p');
    text.split(/`([^`]+)`/).forEach((part, i) => p.append(i % 2 ? el('code', part) : part));
    return p;
  };
  const codeLink = (code: string, anchor?: string, suffix?: string) => {
    if (!titles[code]) return document.createTextNode(code);
    const a = el('a', `${code} ${titles[code]}${suffix ?? ''}`);
    a.href = `${base}${code}/${anchor ? `#${anchor}` : ''}`;
    return a;
  };
  const labelled = (label: string, text: string) => {
    const p = el('p');
    p.append(el('strong', label), ` ${text}`);
    return p;
  };

  function findingsSection(findings: Finding[], knownAt: Map<number, string>, server?: string) {
    const section = el('section', undefined, 'findings');
    section.setAttribute('aria-labelledby', 'explain-findings');
    const h = el('h2', t('explain.findings'));
    h.id = 'explain-findings';
    section.append(h);
    if (!findings.length) section.append(el('p', t('explain.noFindings')));
    for (const f of findings) {
      const vars: Vars = { command: '', arg: '', address: '', port: '', server: server ?? '', text: '', ...f.vars };
      vars.request = [vars.command, vars.arg].filter(Boolean).join(' ');
      vars.code ||= f.code;
      const article = el('article', undefined, 'finding');
      article.append(el('h3', t(`finding.${f.id}.title`)), el('p', t(`finding.${f.id}.${f.variant ?? 'cause'}`, vars)));
      if (f.id === 'pasv-nat' && f.vars.fixed === 'yes') article.append(el('p', t('finding.pasv-nat.fixed', vars)));
      if (f.vars.text) article.append(el('pre', f.vars.text));
      const said = f.lines.map((l) => knownAt.get(l)).find(Boolean);
      if (said) article.append(withCode(said));
      article.append(labelled(t('explain.proves'), t(`finding.${f.id}.proves`, vars)), labelled(t('explain.notProves'), t(`finding.${f.id}.notProves`, vars)));
      const fix = el('p', undefined, 'fix');
      fix.append(el('strong', t('explain.fix')), ' ', codeLink(f.code, f.anchor, ` → ${t(`section.${f.anchor}`)}`));
      article.append(fix);
      const shown = f.lines.slice(0, 12).join(', ') + (f.lines.length > 12 ? ', …' : '');
      article.append(el('p', t('explain.lines', { lines: shown }), 'lines'));
      section.append(article);
    }
    return section;
  }

  function meaning(r: ReplyRow, names: Record<string, string>, when: Record<string, string>, server?: string) {
    const cell = el('td');
    cell.append(codeLink(r.code));
    if (r.known) {
      const said = when[`${r.known.software}/${r.known.id}`];
      cell.append(said ? withCode(t('explain.sentBy', { software: names[r.known.software] ?? r.known.software, when: said })) : el('p', names[r.known.software] ?? r.known.software));
    }
    const d = r.data;
    if (d) {
      if (r.code === '229') cell.append(el('p', t('explain.data229', { port: d.port })));
      else if (r.code === '227' && d.address)
        cell.append(el('p', t('explain.data227', { address: d.address, port: d.port, calc: `${Math.floor(d.port / 256)}·256 + ${d.port % 256} = ${d.port}` })));
      else if (d.address) cell.append(el('p', t('explain.data228', { address: d.address, port: d.port })));
      if (r.unreachable && d.address && d.scope)
        cell.append(el('p', t(`explain.unreachable.${r.unreachable}`, { address: d.address, scope: t(`explain.scope.${d.scope}`), server: server ?? '' }), 'warn'));
    }
    if (r.truncated) cell.append(el('p', t('explain.truncated')));
    return cell;
  }

  function transcriptSection(rows: Row[], total: number, names: Record<string, string>, when: Record<string, string>, server?: string) {
    const section = el('section');
    section.setAttribute('aria-labelledby', 'explain-transcript');
    const h = el('h2', t('explain.transcript'));
    h.id = 'explain-transcript';
    section.append(h);
    if (total > rows.length) section.append(el('p', t('explain.cut', { shown: numbers.format(rows.length), total: numbers.format(total) })));
    const table = el('table', undefined, 'transcript');
    const head = el('tr');
    for (const k of ['explain.line', 'explain.command', 'explain.reply', 'explain.meaning']) {
      const th = el('th', t(k));
      th.scope = 'col';
      head.append(th);
    }
    table.append(el('thead'), el('tbody'));
    table.tHead!.append(head);
    const body = table.tBodies[0]!;
    const addRow = (row: Row) => {
      if (row.type === 'note') {
        if (row.kind !== 'error') return;
        const tr = el('tr', undefined, 'error');
        tr.append(el('td', String(row.line)), el('td', '—'), el('td', row.text, 'said'), el('td', row.known ? names[row.known.software] ?? '' : ''));
        body.append(tr);
        return;
      }
      const command = row.command ? `${row.command.verb} ${row.command.arg}`.trim() : t('explain.noCommand');
      if (!row.replies.length) {
        const tr = el('tr');
        tr.append(el('td', String(row.line)), el('td', command, 'said'), el('td', '—'), el('td'));
        body.append(tr);
      }
      row.replies.forEach((r, i) => {
        const tr = el('tr');
        tr.append(el('td', String(r.line)), el('td', i === 0 ? command : '', 'said'), el('td', r.lines.join('\n'), 'said'), meaning(r, names, when, server));
        body.append(tr);
      });
    };
    // The first rows at once, the rest in slices, so a long transcript never holds the page for long.
    const mine = seq;
    const slice = (from: number) => {
      if (mine !== seq) return;
      rows.slice(from, from + ROW_SLICE).forEach(addRow);
      if (from + ROW_SLICE < rows.length) setTimeout(() => slice(from + ROW_SLICE));
    };
    slice(0);
    section.append(table);
    return section;
  }

  // Shareable link: the masked log, deflated, in the fragment (never sent to any server).
  const toBase64Url = (bytes: Uint8Array) => {
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  const fromBase64Url = (s: string) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  const pipe = async (bytes: Uint8Array, stream: CompressionStream | DecompressionStream) =>
    new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream)).arrayBuffer());

  async function pack(text: string): Promise<string> {
    const bytes = new TextEncoder().encode(text);
    if (typeof CompressionStream === 'function') return `z${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}`;
    return `u${toBase64Url(bytes)}`;
  }
  async function unpack(packed: string): Promise<string> {
    const bytes = fromBase64Url(packed.slice(1));
    return new TextDecoder().decode(packed[0] === 'z' ? await pipe(bytes, new DecompressionStream('deflate-raw')) : bytes);
  }

  async function makeLink(masked: string) {
    const url = new URL(location.href);
    url.hash = `log=${await pack(masked)}`;
    if (url.href.length > MAX_LINK) {
      shareStatus.textContent = t('explain.shareTooLong');
      return;
    }
    history.replaceState(null, '', url.href);
    shareField.value = url.href;
    shareField.hidden = false;
    shareField.select();
    try {
      await navigator.clipboard.writeText(url.href);
      shareStatus.textContent = t('explain.shareCopied');
    } catch {
      shareStatus.textContent = '';
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    explain(textarea.value);
  });
  shareButton.addEventListener('click', () => {
    seq++;
    send({ id: seq, type: 'mask', text: textarea.value });
  });

  const hash = location.hash.match(/^#log=([zu][\w-]+)$/);
  if (hash)
    unpack(hash[1]!)
      .then((text) => {
        textarea.value = text;
        explain(text);
      })
      .catch(() => (status.textContent = t('explain.badLink')));
}
