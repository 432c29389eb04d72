/**
 * Runs the search page: loads Pagefind's bundle from the site's own `pagefind/` folder, searches
 * as the reader types (and for `?q=` on arrival), shows facet checkboxes with counts, sorts, and
 * lists results with title, date, speakers and an excerpt with the matches marked.
 */
import {
  FACETS,
  facetValues,
  resultSummary,
  toPagefindFilters,
  toPagefindSort,
  type PagefindFilters,
} from '../core/search.ts';

/** The part of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  debouncedSearch: (
    term: string | null,
    options: { filters?: PagefindFilters; sort?: Record<string, string> },
    wait: number,
  ) => Promise<PagefindSearch | null>;
}

/** Results shown at first and added by each "Show more". */
const PAGE_SIZE = 20;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

async function start(form: HTMLFormElement): Promise<void> {
  const query = required<HTMLInputElement>(form, 'input[name="q"]');
  const sort = required<HTMLSelectElement>(form, 'select[name="sort"]');
  const panel = required<HTMLElement>(document, '[data-search-panel]');
  const facetsBox = required<HTMLElement>(panel, '[data-search-facets]');
  const summary = required<HTMLElement>(panel, '[data-search-summary]');
  const list = required<HTMLOListElement>(panel, '[data-search-results]');
  const more = required<HTMLButtonElement>(panel, '[data-search-more]');

  // Before loading Pagefind, so words typed meanwhile are kept rather than overwritten.
  if (query.value === '') query.value = new URLSearchParams(window.location.search).get('q') ?? '';
  const pagefind = (await import(/* @vite-ignore */ `${form.dataset['bundle']}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: form.dataset['base'] ?? '/' });
  await pagefind.init();
  const allCounts = await pagefind.filters();

  const checked = new Map<string, string[]>();
  let shown: PagefindSearch['results'] = [];
  // Each search bumps this; slower, older searches then stop writing to the page.
  let generation = 0;
  panel.hidden = false;

  function renderFacets(counts: Record<string, Record<string, number>>): void {
    facetsBox.replaceChildren(
      ...FACETS.map((facet) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = facet.label;
        fieldset.append(legend);
        const values = facetValues(
          facet,
          counts[facet.name] ?? allCounts[facet.name] ?? {},
          checked.get(facet.name) ?? [],
        );
        for (const { value, count, checked: isChecked } of values) {
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.checked = isChecked;
          box.addEventListener('change', () => {
            const current = checked.get(facet.name) ?? [];
            checked.set(
              facet.name,
              box.checked ? [...current, value] : current.filter((other) => other !== value),
            );
            void run();
          });
          label.append(box, ` ${value} `);
          const number = document.createElement('span');
          number.className = 'count';
          number.textContent = `(${count})`;
          label.append(number);
          fieldset.append(label);
        }
        return fieldset;
      }),
    );
  }

  async function appendResults(): Promise<void> {
    const current = generation;
    const start = list.children.length;
    const batch = await Promise.all(shown.slice(start, start + PAGE_SIZE).map((result) => result.data()));
    if (current !== generation) return;
    for (const data of batch) {
      const item = document.createElement('li');
      const heading = document.createElement('h3');
      heading.className = 'card-title';
      const link = document.createElement('a');
      link.href = data.url;
      link.textContent = data.meta['title'] ?? data.url;
      heading.append(link);
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [data.meta['date'], data.meta['speakers']].filter(Boolean).join(' · ');
      const excerpt = document.createElement('p');
      excerpt.className = 'excerpt';
      // Pagefind's excerpt is escaped page text with the matches wrapped in <mark>.
      excerpt.innerHTML = data.excerpt;
      item.append(heading, meta, excerpt);
      list.append(item);
    }
    more.hidden = list.children.length >= shown.length;
  }

  async function run(): Promise<void> {
    const current = ++generation;
    const term = query.value.trim();
    const filters = toPagefindFilters(checked);
    const url = new URL(window.location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    if (term === '' && Object.keys(filters).length === 0) {
      shown = [];
      list.replaceChildren();
      more.hidden = true;
      summary.textContent = 'Type a word or pick a filter to search the archive.';
      renderFacets(allCounts);
      return;
    }
    const sortBy = toPagefindSort(sort.value);
    const search = await pagefind.debouncedSearch(
      term || null,
      { filters, ...(sortBy ? { sort: sortBy } : {}) },
      200,
    );
    if (!search || current !== generation) return;
    shown = search.results;
    list.replaceChildren();
    summary.textContent = resultSummary(shown.length, term);
    renderFacets(search.filters);
    await appendResults();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  query.addEventListener('input', () => void run());
  sort.addEventListener('change', () => void run());
  more.addEventListener('click', () => void appendResults());
  await run();
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) {
  start(form).catch((error: unknown) => {
    const panel = document.querySelector<HTMLElement>('[data-search-panel]');
    const summary = panel?.querySelector('[data-search-summary]');
    if (!panel || !summary) return;
    panel.hidden = false;
    summary.textContent = `Search could not start: ${(error as Error).message}`;
  });
}
