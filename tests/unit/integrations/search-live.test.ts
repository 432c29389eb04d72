import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexYear } from '../../../src/integrations/pagefind-year.ts';
import {
  LiveSearchIndex,
  pagefindBackend,
  type LiveIndexBackend,
  type LiveSearchOptions,
} from '../../../src/integrations/search-live.ts';

let staging: string;
beforeEach(() => {
  staging = join(mkdtempSync(join(tmpdir(), 'search-live-')), 'live');
});
afterEach(() => rmSync(join(staging, '..'), { recursive: true, force: true }));

/** An article page as the article route renders it, with the year `SearchMetadata.astro` writes. */
const html = (year: string, text: string) =>
  `<!DOCTYPE html><html lang="en"><body><article data-pagefind-body><p>${text}</p><div hidden data-pagefind-ignore><span data-pagefind-filter="year">${year}</span></div></article></body></html>`;

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Pagefind stood in for: records what each index is asked, in order (`open 1`, `add 1 /articles/a/`,
 * `write 1 2023`, `discard 1`, `close`), and writes a file into each bundle folder it is given.
 */
function fakePagefind(options: { failOn?: string; holdAdds?: boolean } = {}) {
  const events: string[] = [];
  const held: (() => void)[] = [];
  let opened = 0;
  const backend: LiveIndexBackend = {
    open: async () => {
      const n = (opened += 1);
      events.push(`open ${n}`);
      return {
        add: async (url) => {
          events.push(`add ${n} ${url}`);
          if (options.holdAdds) await new Promise<void>((resolve) => held.push(resolve));
          if (url === options.failOn) throw new Error(`Pagefind refused ${url}`);
        },
        write: async (outputPath) => {
          events.push(`write ${n} ${outputPath.slice(staging.length + 1)}`);
          mkdirSync(outputPath, { recursive: true });
          writeFileSync(join(outputPath, 'pagefind-entry.json'), '{}');
        },
        discard: async () => {
          events.push(`discard ${n}`);
        },
      };
    },
    close: async () => {
      events.push('close');
    },
  };
  return { backend, events, held };
}

/** Feeds `pages` ([year, id]) to a live index in that order and finishes it. */
async function feed(pages: [string, string][], backend: LiveIndexBackend, options?: LiveSearchOptions) {
  const live = new LiveSearchIndex(backend, staging, options);
  for (const [year, id] of pages) await live.take(`/articles/${id}/`, html(year, id));
  return live.finish();
}

describe('LiveSearchIndex', () => {
  it("writes one bundle per year, with each year's pages in address order and their digests", async () => {
    const { backend, events } = fakePagefind();
    const result = await feed(
      [
        ['2023', 'a'],
        ['2023', 'b'],
        ['2022', 'c'],
      ],
      backend,
    );
    expect([...result.years.keys()]).toEqual(['2023', '2022']);
    expect(result.years.get('2023')).toEqual({
      year: '2023',
      pages: [
        { url: '/articles/a/', digest: digest(html('2023', 'a')) },
        { url: '/articles/b/', digest: digest(html('2023', 'b')) },
      ],
      bundle: join(staging, '2023'),
    });
    expect(existsSync(join(staging, '2022', 'pagefind-entry.json'))).toBe(true);
    expect(result.givenUp.size).toBe(0);
    expect(events.at(-1)).toBe('close');
  });

  it("keeps one year open at a time: a year is written and dropped before the next year's pages are added", async () => {
    const { backend, events } = fakePagefind();
    await feed(
      [
        ['2023', 'a'],
        ['2022', 'b'],
        ['2021', 'c'],
      ],
      backend,
      { window: 0 },
    );
    const at = (event: string) => events.indexOf(event);
    expect(at('write 1 2023')).toBeGreaterThan(at('add 1 /articles/a/'));
    expect(at('discard 1')).toBeGreaterThan(at('write 1 2023'));
    expect(at('open 2')).toBeGreaterThan(at('add 1 /articles/a/'));
    expect(events.filter((event) => event.startsWith('open'))).toEqual(['open 1', 'open 2', 'open 3']);
  });

  it('puts pages finished a little out of order back in order before indexing them', async () => {
    const { backend, events } = fakePagefind();
    const result = await feed(
      [
        ['2023', 'b'],
        ['2022', 'x'],
        ['2023', 'a'],
        ['2023', 'c'],
      ],
      backend,
      { window: 4 },
    );
    expect(result.years.get('2023')?.pages.map(({ url }) => url)).toEqual([
      '/articles/a/',
      '/articles/b/',
      '/articles/c/',
    ]);
    expect(result.years.get('2022')?.pages.map(({ url }) => url)).toEqual(['/articles/x/']);
    expect(events.filter((event) => event.startsWith('add'))).toEqual([
      'add 1 /articles/a/',
      'add 1 /articles/b/',
      'add 1 /articles/c/',
      'add 2 /articles/x/',
    ]);
  });

  it('gives up a year whose page comes after the year was written, and keeps the others', async () => {
    const { backend } = fakePagefind();
    const result = await feed(
      [
        ['2023', 'a'],
        ['2022', 'b'],
        ['2023', 'c'],
      ],
      backend,
      { window: 0 },
    );
    expect([...result.years.keys()]).toEqual(['2022']);
    expect(result.givenUp.get('2023')).toBe("/articles/c/ came after the year's bundle was written");
  });

  it('gives up a year whose pages come out of order further apart than the window', async () => {
    const { backend } = fakePagefind();
    const result = await feed(
      [
        ['2023', 'b'],
        ['2023', 'c'],
        ['2023', 'a'],
      ],
      backend,
      { window: 1 },
    );
    expect(result.years.size).toBe(0);
    expect(result.givenUp.get('2023')).toBe('/articles/a/ came out of order, after /articles/b/');
  });

  it("gives up a year Pagefind refuses a page of, with Pagefind's message, and drops its index", async () => {
    const { backend, events } = fakePagefind({ failOn: '/articles/b/' });
    const result = await feed(
      [
        ['2023', 'a'],
        ['2023', 'b'],
        ['2022', 'c'],
      ],
      backend,
    );
    expect([...result.years.keys()]).toEqual(['2022']);
    expect(result.givenUp.get('2023')).toBe('Pagefind refused /articles/b/');
    expect(events).toContain('discard 1');
    expect(events.some((event) => event.startsWith('write 1'))).toBe(false);
  });

  it('leaves a page without its year to the step after the build', async () => {
    const { backend, events } = fakePagefind();
    const live = new LiveSearchIndex(backend, staging);
    await live.take('/articles/a/', '<html><body>no year</body></html>');
    const result = await live.finish();
    expect(result.years.size).toBe(0);
    expect(events).toEqual(['close']);
  });

  it('sends Pagefind a few pages at a time, and asks the rendering to wait once too many wait their turn', async () => {
    const { backend, events, held } = fakePagefind({ holdAdds: true });
    const live = new LiveSearchIndex(backend, staging, { window: 0, pagesInFlight: 1, pagesWaiting: 1 });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
    expect(live.take('/articles/a/', html('2023', 'a'))).toBeUndefined();
    const waiting = live.take('/articles/b/', html('2023', 'b'));
    expect(waiting).toBeInstanceOf(Promise);
    let released = false;
    void waiting?.then(() => (released = true));
    await settle();
    // One page at a time: b waits until Pagefind has answered a.
    expect(events.filter((event) => event.startsWith('add'))).toEqual(['add 1 /articles/a/']);
    held.shift()?.();
    await settle();
    expect(events.filter((event) => event.startsWith('add'))).toEqual([
      'add 1 /articles/a/',
      'add 1 /articles/b/',
    ]);
    expect(released).toBe(false);
    held.shift()?.();
    await waiting;
    expect(released).toBe(true);
    expect((await live.finish()).years.get('2023')?.pages).toHaveLength(2);
  });

  it("in a rebuild, adds each year's kept pages from the output folder in their places by address", async () => {
    const { backend, events } = fakePagefind();
    const folder = new Map([
      ['/articles/a/', html('2023', 'a as kept')],
      ['/articles/b/', html('2023', 'b as kept')],
      ['/articles/c/', html('2023', 'c as kept')],
      ['/articles/d/', html('2023', 'd as kept')],
      ['/articles/x/', html('2022', 'x as kept')],
    ]);
    const read: string[] = [];
    const kept = {
      of: (year: string) =>
        ({
          '2023': ['/articles/a/', '/articles/b/', '/articles/c/', '/articles/d/'],
          '2022': ['/articles/x/'],
        })[year] ?? [],
      read: (url: string) => {
        read.push(url);
        return folder.get(url);
      },
    };
    // b is rendered again and e is new; the other pages of 2023 are kept; 2022 renders nothing.
    const result = await feed(
      [
        ['2023', 'b'],
        ['2023', 'e'],
      ],
      backend,
      { kept },
    );
    expect(result.years.get('2023')?.pages).toEqual([
      { url: '/articles/a/', digest: digest(html('2023', 'a as kept')) },
      { url: '/articles/b/', digest: digest(html('2023', 'b')) },
      { url: '/articles/c/', digest: digest(html('2023', 'c as kept')) },
      { url: '/articles/d/', digest: digest(html('2023', 'd as kept')) },
      { url: '/articles/e/', digest: digest(html('2023', 'e')) },
    ]);
    expect(events.filter((event) => event.startsWith('add'))).toEqual(
      ['a', 'b', 'c', 'd', 'e'].map((id) => `add 1 /articles/${id}/`),
    );
    // The rendered page's older file is not read, and a year with no page rendered is not opened.
    expect(read).toEqual(['/articles/a/', '/articles/c/', '/articles/d/']);
    expect([...result.years.keys()]).toEqual(['2023']);
  });

  it('adds the kept pages after the last rendered page of a year when the year is written', async () => {
    const { backend, events } = fakePagefind();
    const kept = {
      of: (year: string) => (year === '2023' ? ['/articles/a/', '/articles/y/', '/articles/z/'] : []),
      read: (url: string) => html('2023', `${url} as kept`),
    };
    const result = await feed(
      [
        ['2023', 'a'],
        ['2022', 'b'],
      ],
      backend,
      { kept, window: 0 },
    );
    expect(result.years.get('2023')?.pages.map(({ url }) => url)).toEqual([
      '/articles/a/',
      '/articles/y/',
      '/articles/z/',
    ]);
    const at = (event: string) => events.indexOf(event);
    expect(at('add 1 /articles/z/')).toBeLessThan(at('write 1 2023'));
  });

  it('passes over a kept page the output folder no longer holds, or that now carries another year', async () => {
    const { backend } = fakePagefind();
    const kept = {
      of: () => ['/articles/gone/', '/articles/moved/', '/articles/stays/'],
      read: (url: string) =>
        url === '/articles/moved/'
          ? html('2021', 'moved')
          : url === '/articles/stays/'
            ? html('2023', 'stays')
            : undefined,
    };
    const result = await feed([['2023', 'new']], backend, { kept });
    expect(result.years.get('2023')?.pages.map(({ url }) => url)).toEqual([
      '/articles/new/',
      '/articles/stays/',
    ]);
    expect(result.givenUp.size).toBe(0);
  });

  it('writes the open year once enough other pages have rendered since the last article page', async () => {
    const { backend, events } = fakePagefind();
    const live = new LiveSearchIndex(backend, staging, { settleAfter: 2 });
    await live.take('/articles/a/', html('2023', 'a'));
    live.passed();
    await live.take('/articles/b/', html('2023', 'b'));
    live.passed();
    await new Promise((resolve) => setTimeout(resolve, 10));
    // One other page since b: the year stays open.
    expect(events.some((event) => event.startsWith('write'))).toBe(false);
    live.passed();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toContain('write 1 2023');
    // An article page of that year rendered later still cannot go into its written bundle.
    await live.take('/articles/c/', html('2023', 'c'));
    const result = await live.finish();
    expect(result.years.has('2023')).toBe(false);
    expect(result.givenUp.get('2023')).toBe("/articles/c/ came after the year's bundle was written");
  });

  it('takes no page once finished, and empties its folder when made', async () => {
    mkdirSync(join(staging, '1999'), { recursive: true });
    const { backend } = fakePagefind();
    const live = new LiveSearchIndex(backend, staging);
    expect(existsSync(join(staging, '1999'))).toBe(false);
    const result = await live.finish();
    expect(live.take('/articles/late/', html('2023', 'late'))).toBeUndefined();
    expect(result.years.size).toBe(0);
  });
});

/** Every file under `dir`, relative to it, sorted. */
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

/** Writes an article page of 2023 for each id into `outDir`, as the last build left them. */
function writeArticlePages(outDir: string, ids: readonly string[]): void {
  for (const id of ids) {
    mkdirSync(join(outDir, 'articles', id), { recursive: true });
    writeFileSync(
      join(outDir, 'articles', id, 'index.html'),
      html('2023', `Zhou Pengju spoke of ${id} work`),
    );
  }
}

/** Checks that `bundle` is, file for file and byte for byte, what indexing `ids` from `outDir` gives. */
async function expectBundleOfFolder(
  bundle: string,
  outDir: string,
  ids: readonly string[],
): Promise<string[]> {
  const fromFolder = join(staging, '..', 'from-folder');
  await indexYear(
    outDir,
    ids.map((id) => ({ url: `/articles/${id}/`, file: `articles/${id}/index.html` })),
    fromFolder,
  );
  const files = filesUnder(bundle);
  expect(files).toEqual(filesUnder(fromFolder));
  for (const file of files) {
    expect(readFileSync(join(bundle, file)).equals(readFileSync(join(fromFolder, file))), file).toBe(true);
  }
  return files;
}

describe('LiveSearchIndex with Pagefind', () => {
  it('writes, from pages finished out of order, the very bundle that indexing the output folder gives', async () => {
    const outDir = join(staging, '..', 'dist');
    const ids = ['a-first', 'b-second', 'c-third', 'd-fourth', 'e-fifth'];
    writeArticlePages(outDir, ids);
    const live = new LiveSearchIndex(pagefindBackend(), staging, { window: 3 });
    for (const id of ['b-second', 'a-first', 'd-fourth', 'c-third', 'e-fifth']) {
      await live.take(`/articles/${id}/`, readFileSync(join(outDir, 'articles', id, 'index.html'), 'utf8'));
    }
    const result = await live.finish();
    expect(result.givenUp.size).toBe(0);
    const files = await expectBundleOfFolder(result.years.get('2023')?.bundle ?? '', outDir, ids);
    expect(files).toContain('pagefind-entry.json');
    expect(files.some((file) => file.startsWith('fragment/'))).toBe(true);
  });

  it('writes, from the pages rendered again and those kept in the output folder, the bundle that indexing the folder gives', async () => {
    const outDir = join(staging, '..', 'dist');
    const ids = ['a-first', 'b-second', 'c-third', 'd-fourth', 'e-fifth'];
    const fileOf = (id: string) => join(outDir, 'articles', id, 'index.html');
    writeArticlePages(outDir, ids);
    const kept = {
      of: () => ids.filter((id) => id !== 'e-fifth').map((id) => `/articles/${id}/`),
      read: (url: string) => readFileSync(join(outDir, url, 'index.html'), 'utf8'),
    };
    // b-second is corrected and e-fifth is new: only those two are rendered.
    writeFileSync(fileOf('b-second'), html('2023', 'Zhou Pengju spoke of corrected work'));
    const live = new LiveSearchIndex(pagefindBackend(), staging, { kept });
    for (const id of ['b-second', 'e-fifth']) {
      await live.take(`/articles/${id}/`, readFileSync(fileOf(id), 'utf8'));
    }
    const result = await live.finish();
    expect(result.givenUp.size).toBe(0);
    expect(result.years.get('2023')?.pages).toHaveLength(5);
    await expectBundleOfFolder(result.years.get('2023')?.bundle ?? '', outDir, ids);
  });

  // The priority is set through Linux's /proc; elsewhere the indexing runs at the usual priority.
  it.runIf(process.platform === 'linux')(
    "runs Pagefind's process, every thread of it, at a lower priority than the rendering",
    async () => {
      const backend = pagefindBackend();
      try {
        await backend.open();
        const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8')
          .trim()
          .split(/\s+/)
          .map(Number);
        const service = children.find((pid) =>
          readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind'),
        );
        expect(service).toBeDefined();
        // Every thread of it: on Linux a priority is a thread's, and Pagefind indexes on several.
        const threads = readdirSync(`/proc/${service}/task`).map(Number);
        expect(threads.length).toBeGreaterThan(1);
        expect(threads.map((thread) => getPriority(thread))).toEqual(threads.map(() => 10));
        expect(getPriority()).toBeLessThan(10);
      } finally {
        await backend.close();
      }
    },
  );
});
