/**
 * Header search over the Pagefind index. Nothing of Pagefind loads until the reader types:
 * its script and the current language's index are fetched on the first query.
 * Results are built as DOM text (never innerHTML), so neither the query nor an excerpt can inject markup.
 */
interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
  content: string;
}
interface Pagefind {
  options(o: { ranking?: { pageLength?: number; termFrequency?: number } }): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string | { any: string[] }> }): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable URL keeps the bundler from resolving it: the index only exists after the build.
  const url = new URL('/pagefind/pagefind.js', location.origin).href;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    // Rank by where a term stands (weighted titles and reply texts) more than by how often a long page
    // repeats common words such as "connection".
    await pf.options({ ranking: { pageLength: 0.1, termFrequency: 0 } });
    return pf;
  });
  return pagefind;
}

/**
 * Runs a query; null when it failed. Comparison pages answer only queries that name two codes ("425 426"):
 * any other query searches the code, symptom and guide pages, so "425" finds the 425 page, not seventy "425 vs …" pages.
 */
export async function runSearch(q: string, limit: number): Promise<PagefindResult[] | null> {
  const pf = await loadPagefind();
  const namesTwoCodes = (q.match(/\b\d{3,5}\b/g) ?? []).length >= 2;
  // Symptom and guide pages answer word queries too ("upload fails"); their titles carry no code number.
  const found = await pf.search(q, namesTwoCodes ? {} : { filters: { kind: { any: ['code', 'symptom', 'guide'] } } });
  if (!found) return null;
  // Pagefind ranks word by word; a reader who pastes a reply text wants the page that carries that exact
  // text, so among the first results those containing the whole phrase move up (order otherwise kept).
  const data = await Promise.all(found.results.slice(0, limit + 6).map((r) => r.data()));
  // A query of two codes asks for their comparison: comparison pages go first.
  const phrase = normalize(q);
  const first = namesTwoCodes
    ? (r: PagefindResult) => r.url.includes('-vs-')
    : (r: PagefindResult) => phrase.includes(' ') && normalize(r.content).includes(phrase);
  return [...data.filter(first), ...data.filter((r) => !first(r))].slice(0, limit);
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[.,:;!?'"“”‘’]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Copies Pagefind's excerpt (escaped text with <mark>) into `target` as text and <mark> elements only. */
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
  let active = -1;
  let timer: number | undefined;
  let seq = 0;

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
      close();
      return;
    }
    status.textContent = texts.loading;
    const results = await runSearch(q, 8).catch(() => null);
    if (mine !== seq) return;
    list.replaceChildren();
    (results ?? []).forEach((r, i) => {
      const li = document.createElement('li');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.url = r.url;
      const title = document.createElement('span');
      title.className = 'result-title';
      title.textContent = r.meta.title ?? r.url;
      const excerpt = document.createElement('span');
      excerpt.className = 'result-excerpt';
      renderExcerpt(r.excerpt, excerpt);
      li.append(title, excerpt);
      li.addEventListener('mousedown', (e) => e.preventDefault());
      li.addEventListener('click', () => location.assign(r.url));
      list.append(li);
    });
    const n = results?.length ?? 0;
    status.textContent = n ? '' : texts.none.replace('{q}', q);
    list.hidden = n === 0;
    input.setAttribute('aria-expanded', String(n > 0));
    active = -1;
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(update, 120);
  });
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden && options().length) list.hidden = false;
      highlight(active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      highlight(active - 1);
    } else if (e.key === 'Enter') {
      const opt = options()[active >= 0 ? active : 0];
      if (opt && !list.hidden) {
        e.preventDefault();
        location.assign(opt.dataset.url!);
      }
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}

function setupResultsPage(container: HTMLElement): void {
  const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  const input = document.querySelector<HTMLInputElement>('[data-search] input[type="search"]');
  if (input) input.value = q;
  if (!q) return;
  const status = container.querySelector<HTMLElement>('[role="status"]')!;
  const list = container.querySelector<HTMLOListElement>('ol')!;
  status.textContent = container.dataset.loading!;
  runSearch(q, 30)
    .then((results) => {
      list.replaceChildren();
      for (const r of results ?? []) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        const p = document.createElement('p');
        renderExcerpt(r.excerpt, p);
        li.append(a, p);
        list.append(li);
      }
      const n = results?.length ?? 0;
      status.textContent = n ? container.dataset.count!.replace('{n}', String(n)) : container.dataset.none!.replace('{q}', q);
    })
    .catch(() => (status.textContent = container.dataset.none!.replace('{q}', q)));
}

document.querySelectorAll<HTMLFormElement>('form[data-search]').forEach(setupCombobox);
document.querySelectorAll<HTMLElement>('[data-search-results]').forEach(setupResultsPage);

// "/" focuses the search box from anywhere but a text field.
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const el = document.activeElement as HTMLElement | null;
  if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
  const input = document.querySelector<HTMLInputElement>('form[data-search] input[type="search"]');
  if (!input) return;
  e.preventDefault();
  input.focus();
});
