/**
 * Round trip: import every raw-page fixture into a copy of the content with no options, as a new
 * user would, build the site from it, and check what a reader would find: a page per article, one
 * page per recurring person listing all their appearances, the text exactly as written, and what
 * the importer guessed said on the page.
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
let buildOutput = '';
let secondImport = { status: 0 as number | null, stdout: '' };
/** The one fixture that states no date anywhere: the only page a first run may refuse. */
const UNDATED = 'breadcrumb-admin.txt';

function page(path: string): string {
  return readFileSync(`${SITE}/${path}/index.html`, 'utf8');
}

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  cpSync('content', CONTENT, { recursive: true });
  const before = new Set(listFiles(`${CONTENT}/articles`, ['.md']));
  const run = spawnSync(
    process.execPath,
    ['scripts/import.ts', '--content', CONTENT, 'tests/fixtures/import'],
    {
      encoding: 'utf8',
    },
  );
  importOutput = `${run.stdout}${run.stderr}`;
  if (run.status !== 1 || !importOutput.includes(`${UNDATED}: FAILED`))
    throw new Error(`import did not refuse only ${UNDATED}:\n${importOutput}`);
  const again = spawnSync(
    process.execPath,
    ['scripts/import.ts', '--content', CONTENT, 'tests/fixtures/import'],
    {
      encoding: 'utf8',
    },
  );
  secondImport = { status: again.status, stdout: again.stdout };
  imported = listFiles(`${CONTENT}/articles`, ['.md'])
    .filter((path) => !before.has(path))
    .map((path) => ({
      id: (path.split('/').at(-1) ?? '').replace(/\.md$/, ''),
      frontmatter: parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? ''),
    }));
  const build = buildSite({ outDir: SITE, content: CONTENT });
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  buildOutput = build.output;
});

describe('importing the fixtures and building the site', () => {
  it('imports every fixture but the one with no readable date, which it refuses naming the fix', () => {
    expect(imported).toHaveLength(listFiles('tests/fixtures/import', ['.txt']).length - 1);
    expect(importOutput).toContain(
      `${UNDATED}: FAILED: published: the page states no readable date; rerun with --published YYYY-MM-DD`,
    );
  });

  it('writes nothing when the same pages are imported again', () => {
    expect(secondImport.stdout).toContain(`0 imported, ${imported.length} already imported, 1 failed`);
    expect(listFiles(`${CONTENT}/articles`, ['.md'])).toHaveLength(imported.length + 1);
  });

  it('files a page with no source line under "not stated", and says so on the page', () => {
    const { id } = imported.find(({ frontmatter }) => frontmatter['source'] === 'not-stated') ?? { id: '' };
    expect(page(`articles/${id}`)).toContain('Source not stated in the archived copy');
    expect(parse(readFileSync(`${CONTENT}/sources.yaml`, 'utf8'))['not-stated']).toMatchObject({
      label: 'Source not stated in the archived copy',
    });
  });

  it('files a page no theme matches under "unclassified"', () => {
    expect(
      imported.some(({ frontmatter }) => JSON.stringify(frontmatter['themes']) === '["unclassified"]'),
    ).toBe(true);
    expect(page('themes/unclassified')).toContain('Unclassified');
  });

  it('says on the article page which facts were guessed and not yet checked', () => {
    expect(page('articles/2023-06-12-zhou-pengju-stressed-at-the-city-forestry-work')).toContain(
      'Speakers, their roles and what they did identified automatically; not yet checked.',
    );
  });

  it('counts what awaits review in one line of the build log', () => {
    expect(buildOutput).toMatch(/\d+ articles, \d+ (?:person|people) and \d+ sources? await review/);
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
