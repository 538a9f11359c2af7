/**
 * Header search and the search page, over the Pagefind index and the known texts (the search file, without the
 * prose: /api/search-texts/). This module loads on first use (see Search.astro), and fetches both at once; a query
 * asks the index and the known texts at the same time, not one after the other.
 * A pasted line is read first (src/lib/search-query.ts): a known text puts the code page whose reply it is first,
 * then the software that prints it; words no page contains are dropped rather than emptying the list.
 * Results are built as DOM text (never innerHTML), so neither the query nor an excerpt can inject markup.
 */
import { matchLines, type TextMatch } from '../lib/message-text';
import { indexQuery, parseQuery, type SearchQuery } from '../lib/search-query';
import { loadKnown, type KnownMessage, type SearchTextEntry } from '../lib/known-texts';
import { appendBadges, badgesFor, type Badge } from './class-badges';

interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
  content: string;
}
type Filters = Record<string, string | { any: string[] }>;
interface Pagefind {
  init?(): Promise<void>;
  preload?(term: string, o?: { filters?: Filters }): Promise<void>;
  search(q: string, o?: { filters?: Filters }): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

/** A result as the list shows it: the excerpt is Pagefind's escaped HTML with <mark>. */
export interface SearchResult {
  url: string;
  title: string;
  excerpt: string;
  /** The class at a glance of the code (or both codes of a comparison) the result is about. */
  badges?: Badge[];
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable URL keeps the bundler from resolving it: the index only exists after the build.
  const url = new URL('/pagefind/pagefind.js', location.origin).href;
  // The loader (Search.astro) has already set Pagefind's ranking and started its init; init again is a no-op.
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.init?.();
    return pf;
  });
  return pagefind;
}

/** Code, software, symptom and guide pages answer texts and words; comparison pages answer only a query of two codes. */
// Symptom and guide pages answer word queries too ("upload fails"); their titles carry no code number.
const TEXT_PAGES: Filters = { kind: { any: ['code', 'software', 'symptom', 'guide'] } };

async function hits(pf: Pagefind, q: string, filters: Filters = TEXT_PAGES) {
  return q ? ((await pf.search(q, { filters }))?.results ?? []) : [];
}

/**
 * Pages for the words of a pasted line, leaving out `skip` (pages already listed). Pagefind also answers words no
 * page holds with near misses ("qqqzzz"), so only pages holding a word of the query count. When the full query
 * finds none, a shorter one is tried: the first words (the fixed start of most messages), then the code alone.
 * `asked` is the data of the full query's first results if the caller already asked for them.
 */
async function pagesFor(pf: Pagefind, q: SearchQuery, count: number, skip: Set<string>, asked?: Promise<PagefindResult[]>): Promise<PagefindResult[]> {
  const terms = [q.code, ...q.words].filter((w): w is string => !!w).map((w) => w.toLowerCase());
  const tried = new Set<string>();
  for (const words of [q.words, q.words.slice(0, 4), []]) {
    const query = indexQuery(q, words);
    if (!query || tried.has(query)) continue;
    tried.add(query);
    // Each result's data is a fetch: load only as many as the list can still show, plus a few to filter.
    const wanted = count + 1 + skip.size;
    const found = asked && words === q.words ? (await asked).slice(0, wanted) : await Promise.all((await hits(pf, query)).slice(0, wanted).map((r) => r.data()));
    const data = found.filter((r) => {
      if (skip.has(r.url)) return false;
      const text = r.content.toLowerCase();
      return terms.some((w) => text.includes(w));
    });
    if (data.length) return data;
  }
  return [];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pathOf = (url: string) => url.split('#')[0]!;

/** The code a search is about: the pasted one, else the code of the best-matching known text. */
export function primaryCode(q: SearchQuery, matches: readonly TextMatch<KnownMessage<SearchTextEntry>>[]): string | undefined {
  return q.code ?? matches.find((m) => m.known.code)?.known.code;
}

/**
 * Where the search's timings go, for `npm run bench`: one measure per query, the first one cold; "-early" when the
 * known texts alone put the code page on screen before the index answered.
 */
const MEASURE = 'search-work';

/**
 * Runs a query; null when it failed. `base` is the locale's root ("/en/"): known texts and software pages are
 * addressed from it. What the known texts answer alone (the code page of a recognised text, the software that
 * prints it) goes to `early` as soon as they answer, before the index does, so the right page shows at once.
 */
export async function runSearch(
  input: string,
  limit: number,
  base: string,
  knownUrl: string,
  early?: (results: SearchResult[]) => void,
): Promise<SearchResult[] | null> {
  const started = performance.now();
  try {
    const q = parseQuery(input);
    const pfLoaded = loadPagefind();
    const known = loadKnown<SearchTextEntry>(knownUrl);
    if (q.pair) {
      // A query of two codes asks for their comparison: comparison pages go first.
      const pf = await pfLoaded;
      const found = await hits(pf, q.pair.join(' '), {});
      const data = await Promise.all(found.slice(0, limit + 2).map((r) => r.data()));
      const toResult = resultOf((await known).classes);
      return [...data.filter((r) => r.url.includes('-vs-')), ...data.filter((r) => !r.url.includes('-vs-'))].slice(0, limit).map(toResult);
    }
    // The index answers the full query while the known texts are read, and the data of its first results (as many as
    // the list could show, whatever the known texts add) loads as soon as it answers; it is asked again only to relax
    // the query.
    const fullQuery = indexQuery(q);
    const asked = fullQuery
      ? pfLoaded.then((pf) => hits(pf, fullQuery)).then((found) => Promise.all(found.slice(0, limit + 1).map((r) => r.data())))
      : undefined;
    asked?.catch(() => undefined);
    const { messages, titles, classes } = await known;
    const toResult = resultOf(classes);
    const matches = matchLines(q.lines, messages, q.code);
    const code = primaryCode(q, matches);
    const first: SearchResult[] = [];
    if (code && titles[code]) {
      // The page whose reply it is comes first, with the text that was recognised as its excerpt.
      const own = matches.find((m) => m.known.code === code)?.known;
      const url = `${base}${code}/`;
      first.push({ url, title: `${code} ${titles[code]}`, excerpt: escapeHtml(own ? shownText(own, base) : titles[code]!), badges: badgesFor(url, classes) });
    }
    // Then the software that prints it, at the message itself (at most two programs).
    const software = [...new Map(matches.map((m) => [m.known.software, m.known])).values()].slice(0, 2);
    first.push(...software.map((k): SearchResult => ({ url: `${base}${k.kind}s/${k.software}/#${k.id}`, title: k.name, excerpt: escapeHtml(shownText(k, base)) })));
    if (first.length) {
      early?.(first);
      performance.measure(`${MEASURE}-early`, { start: started, end: performance.now() });
    }
    const skip = new Set(first.map((r) => pathOf(r.url)));
    const data = await pagesFor(await pfLoaded, q, limit - first.length, skip, asked);
    // Among the rest, pages holding the whole phrase first (order otherwise kept).
    const phrase = normalize(q.words.join(' '));
    const hasPhrase = (r: PagefindResult) => phrase.includes(' ') && normalize(r.content).includes(phrase);
    return [...first, ...data.filter(hasPhrase).map(toResult), ...data.filter((r) => !hasPhrase(r)).map(toResult)].slice(0, limit);
  } finally {
    performance.measure(MEASURE, { start: started, end: performance.now() });
  }
}

/** A known text as its reader sees it: a server's with its code, a client's in the page's language where it has one. */
function shownText(k: KnownMessage<SearchTextEntry>, base: string): string {
  if (base.includes('/ko/') && k.ko) return k.ko;
  return k.code && k.kind === 'server' ? `${k.code} ${k.text}` : k.text;
}

/** A Pagefind result as the list shows it, with the class badges `labels` name. */
function resultOf(labels: Record<string, string>) {
  return (r: PagefindResult): SearchResult => ({ url: r.url, title: r.meta.title ?? r.url, excerpt: r.excerpt, badges: badgesFor(r.url, labels) });
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[.,:;!?'"“”‘’]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Copies an excerpt (escaped text with <mark>) into `target` as text and <mark> elements only. */
export function renderExcerpt(excerpt: string, target: HTMLElement): void {
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  for (const node of Array.from(doc.body.childNodes)) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else target.append(node.textContent ?? '');
  }
}

function setupCombobox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const texts = { loading: form.dataset.loading!, none: form.dataset.none! };
  const base = form.dataset.base!;
  const knownUrl = form.dataset.known!;
  let active = -1;
  let timer: number | undefined;
  let seq = 0;
  /** The query whose results the list shows: Enter opens a result only if it answers what is in the box now. */
  let shown = '';
  let running: Promise<void> | undefined;

  const options = () => Array.from(list.querySelectorAll<HTMLLIElement>('[role="option"]'));
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number) => {
    const opts = options();
    if (!opts.length) return;
    active = (i + opts.length) % opts.length;
    opts.forEach((o, j) => o.setAttribute('aria-selected', String(j === active)));
    input.setAttribute('aria-activedescendant', opts[active]!.id);
    opts[active]!.scrollIntoView({ block: 'nearest' });
  };

  async function update() {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      shown = '';
      close();
      return;
    }
    status.textContent = texts.loading;
    const results = await runSearch(q, 6, base, knownUrl, (early) => mine === seq && show(q, early)).catch(() => null);
    if (mine !== seq) return;
    show(q, results ?? []);
    if (!results?.length) {
      status.textContent = texts.none.replace('{q}', q);
      shown = q;
    }
  }

  /** Lists `results` as the answer to `q`; a later call for the same query replaces the list (keeping the choice). */
  function show(q: string, results: SearchResult[]) {
    const selected = options()[active]?.dataset.url;
    list.replaceChildren();
    results.forEach((r, i) => {
      const li = document.createElement('li');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.url = r.url;
      const title = document.createElement('span');
      title.className = 'result-title';
      title.textContent = r.title;
      appendBadges(title, r.badges);
      const excerpt = document.createElement('span');
      excerpt.className = 'result-excerpt';
      renderExcerpt(r.excerpt, excerpt);
      li.append(title, excerpt);
      li.addEventListener('mousedown', (e) => e.preventDefault());
      li.addEventListener('click', () => location.assign(r.url));
      list.append(li);
    });
    const n = results.length;
    shown = q;
    status.textContent = '';
    list.hidden = n === 0;
    input.setAttribute('aria-expanded', String(n > 0));
    active = -1;
    const keep = options().findIndex((o) => o.dataset.url === selected);
    if (keep >= 0) highlight(keep);
  }
  const run = () => (running = update());

  input.addEventListener('input', () => {
    clearTimeout(timer);
    // The list on screen answers the previous query: no option of it may be opened from now on,
    // and a search still running for it must not bring it back.
    seq++;
    if (input.value.trim() !== shown) close();
    timer = window.setTimeout(run, 120);
    // While the reader pauses, fetch the index chunks the query will need.
    const q = parseQuery(input.value);
    if (!q.pair) void loadPagefind().then((pf) => pf.preload?.(indexQuery(q), { filters: TEXT_PAGES })).catch(() => undefined);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden && options().length && shown === input.value.trim()) list.hidden = false;
      highlight(active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      highlight(active - 1);
    } else if (e.key === 'Enter') {
      const q = input.value.trim();
      if (!q) return;
      e.preventDefault();
      const open = () => {
        const opt = options()[active >= 0 ? active : 0];
        if (opt && shown === q) location.assign(opt.dataset.url!);
        else form.submit();
      };
      if (shown === q && !list.hidden) return open();
      // Enter before the typing pause ended: search this query now and open its own first result.
      clearTimeout(timer);
      const pending = shown === q ? running : run();
      void pending?.then(() => (input.value.trim() === q ? open() : undefined));
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  // Text typed before this module arrived.
  if (input.value.trim()) run();
}

function setupResultsPage(container: HTMLElement, base: string, knownUrl: string): void {
  const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  const input = document.querySelector<HTMLInputElement>('[data-search] input[type="search"]');
  if (input) input.value = q;
  if (!q) return;
  const status = container.querySelector<HTMLElement>('[role="status"]')!;
  const list = container.querySelector<HTMLOListElement>('ol')!;
  status.textContent = container.dataset.loading!;
  runSearch(q, 30, base, knownUrl)
    .then((results) => {
      list.replaceChildren();
      for (const r of results ?? []) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.title;
        const p = document.createElement('p');
        renderExcerpt(r.excerpt, p);
        li.append(a);
        appendBadges(li, r.badges);
        li.append(p);
        list.append(li);
      }
      const n = results?.length ?? 0;
      status.textContent = n ? container.dataset.count!.replace('{n}', String(n)) : container.dataset.none!.replace('{q}', q);
    })
    .catch(() => (status.textContent = container.dataset.none!.replace('{q}', q)));
}

/** Wires the header search and, on the search page, the results. Called once, on first use. */
export function setup(): void {
  const forms = document.querySelectorAll<HTMLFormElement>('form[data-search]');
  forms.forEach(setupCombobox);
  const base = forms[0]?.dataset.base ?? '/en/';
  const knownUrl = forms[0]?.dataset.known ?? '/api/search-texts/en.json';
  // This runs when the reader starts to search: fetch the index and the known texts while they type.
  void loadPagefind().catch(() => undefined);
  void loadKnown<SearchTextEntry>(knownUrl);
  document.querySelectorAll<HTMLElement>('[data-search-results]').forEach((c) => setupResultsPage(c, base, knownUrl));
}
