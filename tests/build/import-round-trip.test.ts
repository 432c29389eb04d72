/**
 * Round trip: import every raw-page fixture into a copy of the content, build the site from it,
 * and check what a reader would find: a page per article, one page per recurring person listing
 * all their appearances, and the text exactly as written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSite } from '../../scripts/build-site.ts';
import { listFiles } from '../../src/import/content-store.ts';

const WORK = '.tmp/import-round-trip';
const CONTENT = `${WORK}/content`;
const SITE = `${WORK}/site`;

interface Written {
  id: string;
  frontmatter: Record<string, unknown>;
}

let imported: Written[] = [];
let importOutput = '';

function page(path: string): string {
  return readFileSync(`${SITE}/${path}/index.html`, 'utf8');
}

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  cpSync('content', CONTENT, { recursive: true });
  const before = new Set(listFiles(`${CONTENT}/articles`, ['.md']));
  const run = spawnSync(
    process.execPath,
    [
      'scripts/import.ts',
      '--content',
      CONTENT,
      '--add-people',
      '--add-sources',
      '--source',
      'fuxin-news-network',
      '--published',
      '2023-03-29',
      'tests/fixtures/import',
    ],
    { encoding: 'utf8' },
  );
  importOutput = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`import failed:\n${importOutput}`);
  imported = listFiles(`${CONTENT}/articles`, ['.md'])
    .filter((path) => !before.has(path))
    .map((path) => ({
      id: (path.split('/').at(-1) ?? '').replace(/\.md$/, ''),
      frontmatter: parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? ''),
    }));
  const build = buildSite({ outDir: SITE, content: CONTENT });
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
});

describe('importing the fixtures and building the site', () => {
  it('imports every fixture', () => {
    expect(imported).toHaveLength(listFiles('tests/fixtures/import', ['.txt']).length);
  });

  it('gives every imported article its page', () => {
    for (const { id, frontmatter } of imported) {
      expect(existsSync(`${SITE}/articles/${id}/index.html`), id).toBe(true);
      expect(page(`articles/${id}`)).toContain(
        String(frontmatter['title']).replace(/&/g, '&#38;').replace(/</g, '&#60;').slice(0, 20),
      );
    }
  });

  it('lists every appearance of a recurring person on their one page', () => {
    const appearances = imported.filter(({ frontmatter }) =>
      JSON.stringify([frontmatter['speakers'], frontmatter['mentions']]).includes('"zhou-pengju"'),
    );
    expect(appearances.length).toBeGreaterThanOrEqual(4);
    const personPage = page('people/zhou-pengju');
    for (const { id } of appearances) expect(personPage).toContain(`/articles/${id}/`);
  });

  it('says on the page when the text breaks off, and only then', () => {
    expect(page('articles/2023-08-23-the-city-opens-three-new-bus-lines-to')).toContain('breaks off here');
    expect(page('articles/2023-06-12-zhou-pengju-stressed-at-the-city-forestry-work')).not.toContain(
      'breaks off here',
    );
  });

  it('shows Markdown characters of the source literally', () => {
    const html =
      /<div class="article-body"[\s\S]*?<\/div>/.exec(
        page('articles/2023-12-04-special-characters-stay-as-written-stars-underscores-and'),
      )?.[0] ?? '';
    expect(html).toContain('*not emphasis*');
    expect(html).toContain('__not strong__');
    expect(html).not.toContain('<b>');
    expect(html).toMatch(/(&#x3C;|&lt;)b>not a tag(&#x3C;|&lt;)\/b>/);
    expect(html).not.toMatch(/<h1[^>]*># not a heading|<h1[^>]*>not a heading/);
    expect(html).toContain('# not a heading, just a hash');
  });

  it('shows the subtitle under the title', () => {
    expect(page('articles/2023-10-11-harbour-city-sets-out-plans-for-its-old')).toContain(
      'The party secretary speaks about old factories, new parks and the three-year action',
    );
  });
});
