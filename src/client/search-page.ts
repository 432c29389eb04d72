/**
 * Runs the search page: loads the search index's year bundles from the site's own `pagefind/`
 * folder (listed in `pagefind/shards.json`, newest first) as one Pagefind search, reads the
 * search from the address (words, checked facets, years, sort: `src/core/search.ts`), searches as
 * the reader types, shows facet checkboxes with counts, sorts, and lists results with title, date,
 * speakers, an excerpt with the matches marked and a link to the matching passage. Every change
 * is written back to the address, so a search can be shared and reloaded, and back and forward
 * step through the searches made.
 *
 * Pagefind's merged search ranks the years' results together by score, which suits the best-match
 * order but not a date order; for a date order each page of results is filled year by year
 * (`yearSlices`), from searches limited to one year.
 */
import {
  FACETS,
  YEAR_FILTER,
  SORT_ORDERS,
  facetValues,
  hasFilters,
  parseSearchState,
  passageUrl,
  resultSummary,
  searchQueryString,
  toPagefindFilters,
  toPagefindSort,
  withoutFilters,
  yearSlices,
  yearsOf,
  SEARCH_SHARDS_FILE,
  type MatchedPage,
  type PagefindFilters,
  type SearchShards,
  type SearchState,
} from '../core/search.ts';

/** The part of Pagefind's browser API this page uses. */
interface PagefindResultData extends MatchedPage {
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
type PagefindSearchOptions = { filters?: PagefindFilters; sort?: Record<string, string> };
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (bundlePath: string, options: { baseUrl: string }) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options: PagefindSearchOptions) => Promise<PagefindSearch>;
  debouncedSearch: (
    term: string | null,
    options: PagefindSearchOptions,
    wait: number,
  ) => Promise<PagefindSearch | null>;
}

/** The results of one search: how many there are, and their details for a stretch of them. */
interface ResultList {
  total: number;
  load: (start: number, count: number) => Promise<PagefindResultData[]>;
}

const NO_RESULTS: ResultList = { total: 0, load: () => Promise.resolve([]) };

/** Results shown at first and added by each "Show more". */
const PAGE_SIZE = 20;

/** The width from which the filters sit beside the results, unfolded (as in the stylesheet). */
const WIDE_SCREEN = '(min-width: 48rem)';

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

async function start(form: HTMLFormElement): Promise<void> {
  const query = required<HTMLInputElement>(form, 'input[name="q"]');
  const sort = required<HTMLSelectElement>(form, 'select[name="sort"]');
  const panel = required<HTMLElement>(document, '[data-search-panel]');
  const fold = required<HTMLDetailsElement>(panel, '[data-search-fold]');
  const foldLabel = required<HTMLElement>(fold, '[data-search-fold-label]');
  const clear = required<HTMLButtonElement>(panel, '[data-search-clear]');
  const from = required<HTMLSelectElement>(panel, '[data-search-from]');
  const to = required<HTMLSelectElement>(panel, '[data-search-to]');
  const facetsBox = required<HTMLElement>(panel, '[data-search-facets]');
  const summary = required<HTMLElement>(panel, '[data-search-summary]');
  const list = required<HTMLOListElement>(panel, '[data-search-results]');
  const more = required<HTMLButtonElement>(panel, '[data-search-more]');

  // Unfolded beside the results on wide screens; folded above them on narrow ones.
  const wide = window.matchMedia(WIDE_SCREEN);
  fold.open = wide.matches;
  wide.addEventListener('change', () => (fold.open = wide.matches));

  let state = parseSearchState(window.location.search);
  // Words typed before the script ran are kept rather than overwritten.
  if (query.value.trim() !== '') state = { ...state, query: query.value.trim() };
  const checked = new Map<string, string[]>();
  showState(state);

  const bundles = form.dataset['bundle'] ?? 'pagefind/';
  const baseUrl = form.dataset['base'] ?? '/';
  const response = await fetch(`${bundles}${SEARCH_SHARDS_FILE}`);
  if (!response.ok) throw new Error(`${bundles}${SEARCH_SHARDS_FILE}: ${response.status}`);
  const [newest, ...older] = ((await response.json()) as SearchShards).shards;
  if (!newest) throw new Error('the archive has no articles to search yet');
  // The newest year's bundle is the primary; every other year is merged into its search.
  const pagefind = (await import(/* @vite-ignore */ `${bundles}${newest.path}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl });
  await pagefind.init();
  await Promise.all(older.map((shard) => pagefind.mergeIndex(`${bundles}${shard.path}`, { baseUrl })));
  const allCounts = await pagefind.filters();
  const knownYears = yearsOf(allCounts[YEAR_FILTER] ?? {});

  let shown = NO_RESULTS;
  // Each search bumps this; slower, older searches then stop writing to the page.
  let generation = 0;
  // How many values and ranges are set, for the label of the folded filters.
  let filtersInUse = 0;
  fold.addEventListener('toggle', labelFold);
  // While the reader types, the address follows the words without adding a history entry per key.
  let typing = false;

  /** Puts a search's words, order, years and checked values into the page's controls. */
  function showState(shownState: SearchState): void {
    if (query.value.trim() !== shownState.query) query.value = shownState.query;
    sort.value = shownState.sort;
    selectYear(from, shownState.years.from);
    selectYear(to, shownState.years.to);
    checked.clear();
    for (const [name, values] of shownState.checked) checked.set(name, [...values]);
  }

  function selectYear(select: HTMLSelectElement, year: string | undefined): void {
    // A year from a shared address that the archive does not hold stays in force and in view.
    if (year && ![...select.options].some((option) => option.value === year))
      select.add(new Option(year, year));
    select.value = year ?? '';
  }

  /** The search the page's controls show now. */
  function currentState(): SearchState {
    return {
      query: query.value.trim(),
      checked: new Map(checked),
      years: { from: from.value || undefined, to: to.value || undefined },
      sort: SORT_ORDERS.find(({ value }) => value === sort.value)?.value ?? 'relevance',
    };
  }

  /** Takes the controls' search, writes it into the address (a new history entry or not) and runs it. */
  function navigate(entry: 'push' | 'replace'): Promise<void> {
    state = currentState();
    const url = new URL(window.location.href);
    url.search = searchQueryString(state);
    if (url.href !== window.location.href) {
      if (entry === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    return run(entry === 'replace' && typing);
  }

  function renderFacets(counts: Record<string, Record<string, number>>): void {
    facetsBox.replaceChildren(
      ...FACETS.map((facet) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = facet.label;
        const valueList = document.createElement('div');
        valueList.className = 'facet-values';
        fieldset.append(legend, valueList);
        const values = facetValues(
          counts[facet.name] ?? allCounts[facet.name] ?? {},
          checked.get(facet.name) ?? [],
        );
        for (const { value, count, checked: isChecked } of values) {
          const label = document.createElement('label');
          const checkbox = document.createElement('input');
          checkbox.type = 'checkbox';
          checkbox.checked = isChecked;
          checkbox.addEventListener('change', () => {
            const current = checked.get(facet.name) ?? [];
            const next = checkbox.checked ? [...current, value] : current.filter((other) => other !== value);
            if (next.length > 0) checked.set(facet.name, next);
            else checked.delete(facet.name);
            typing = false;
            void navigate('push');
          });
          label.append(checkbox, ` ${value} `);
          const number = document.createElement('span');
          number.className = 'count';
          number.textContent = `(${count})`;
          label.append(number);
          valueList.append(label);
        }
        if (values.length === 0) {
          const none = document.createElement('p');
          none.className = 'meta';
          none.textContent = 'None in these results';
          valueList.append(none);
        }
        return fieldset;
      }),
    );
    const inUse =
      [...checked.values()].reduce((sum, values) => sum + values.length, 0) +
      (state.years.from || state.years.to ? 1 : 0);
    filtersInUse = inUse;
    labelFold();
    clear.disabled = !hasFilters(state);
  }

  function labelFold(): void {
    const action = fold.open ? 'Hide the filters' : 'Show the filters';
    foldLabel.textContent = filtersInUse > 0 ? `${action} (${filtersInUse} in use)` : action;
  }

  async function appendResults(): Promise<void> {
    const current = generation;
    const batch = await shown.load(list.children.length, PAGE_SIZE);
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
      const passage = passageUrl(data);
      if (passage) {
        const passageLink = document.createElement('a');
        passageLink.href = passage;
        passageLink.className = 'passage-link';
        passageLink.textContent = 'Go to the matching passage';
        const line = document.createElement('p');
        line.append(passageLink);
        item.append(line);
      }
      list.append(item);
    }
    more.hidden = list.children.length >= shown.total;
  }

  /**
   * The results of a search sorted by date: the years in date order, each year's results in the
   * order a search limited to that year gives (one bundle holds one year, so its own date sort is
   * right). `counts` is the merged search's year facet: how many results each year has.
   */
  function dateSortedResults(
    term: string | null,
    options: { filters: PagefindFilters; sort: Record<string, string> },
    order: 'newest' | 'oldest',
    counts: Record<string, number>,
    total: number,
  ): ResultList {
    const byYear = new Map<string, Promise<PagefindSearch['results']>>();
    const yearResults = (year: string) => {
      let results = byYear.get(year);
      if (!results) {
        const filters = { ...options.filters, [YEAR_FILTER]: [year] };
        results = pagefind.search(term, { ...options, filters }).then((search) => search.results);
        byYear.set(year, results);
      }
      return results;
    };
    return {
      total,
      load: async (start, count) => {
        const slices = yearSlices(counts, order, start, count);
        const parts = await Promise.all(
          slices.map(async ({ year, skip, take }) => {
            const results = (await yearResults(year)).slice(skip, skip + take);
            return Promise.all(results.map((result) => result.data()));
          }),
        );
        return parts.flat();
      },
    };
  }

  /** Runs the page's search; `debounced` while the reader is typing, at once otherwise. */
  async function run(debounced = false): Promise<void> {
    const current = ++generation;
    const filters = toPagefindFilters(state, knownYears);
    if (state.query === '' && Object.keys(filters).length === 0) {
      shown = NO_RESULTS;
      list.replaceChildren();
      more.hidden = true;
      summary.textContent = 'Type a word or pick a filter to search the archive.';
      renderFacets(allCounts);
      return;
    }
    const sortBy = toPagefindSort(state.sort);
    const options = { filters, ...(sortBy ? { sort: sortBy } : {}) };
    const term = state.query || null;
    const search = debounced
      ? await pagefind.debouncedSearch(term, options, 200)
      : await pagefind.search(term, options);
    if (!search || current !== generation) return;
    const { results } = search;
    shown =
      sortBy && state.sort !== 'relevance'
        ? dateSortedResults(
            term,
            { filters, sort: sortBy },
            state.sort,
            search.filters[YEAR_FILTER] ?? {},
            results.length,
          )
        : {
            total: results.length,
            load: (start, count) =>
              Promise.all(results.slice(start, start + count).map((result) => result.data())),
          };
    list.replaceChildren();
    summary.textContent = resultSummary(shown.total, state.query);
    renderFacets(search.filters);
    await appendResults();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    typing = false;
    void navigate('push');
  });
  query.addEventListener('input', () => {
    // The first key of new words starts a history entry; the keys after it update that entry.
    void navigate(typing ? 'replace' : 'push');
    typing = true;
  });
  for (const control of [sort, from, to]) {
    control.addEventListener('change', () => {
      typing = false;
      void navigate('push');
    });
  }
  clear.addEventListener('click', () => {
    showState(withoutFilters(currentState()));
    typing = false;
    void navigate('push');
    query.focus();
  });
  more.addEventListener('click', () => void appendResults());
  window.addEventListener('popstate', () => {
    state = parseSearchState(window.location.search);
    showState(state);
    typing = false;
    void run();
  });
  // The controls as the address set them, with any words typed while Pagefind loaded.
  await navigate('replace');
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) {
  start(form).catch((error: unknown) => {
    const summary = document.querySelector('[data-search-panel] [data-search-summary]');
    if (summary) summary.textContent = `Search could not start: ${(error as Error).message}`;
  });
}
