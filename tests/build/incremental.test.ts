/**
 * A build that reuses the previous build's caches (Astro's content-layer cache and incremental
 * page cache, the search index's reused years) must write the same site as a cold build of the
 * same content: after each edit, `astro build` without `--force` over the last output equals
 * `astro build --force` into an empty folder, file for file and byte for byte. The edits are the
 * ones an archivist makes, one after another: adding an article; redescribing a person;
 * relabelling a theme; correcting an article's text and removing an article; renaming a person;
 * correcting one article of a year whose other articles stay as they were.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build-site.ts';
import { comparedFiles, differingFiles } from '../support/compare-sites.ts';

const WORK = '.tmp/build-tests/incremental';
const CONTENT = `${WORK}/content`;
const SEED_ID = '2023-04-17-zhou-pengju-science-and-technology-work-conference';
const SEED_FILE = `${CONTENT}/articles/2023/${SEED_ID}.md`;
const ADDED_ID = '2023-05-02-zhou-pengju-added-after-the-first-build';
const ADDED_FILE = `${CONTENT}/articles/2023/${ADDED_ID}.md`;
const OLDER_ID = '2021-09-30-zhou-pengju-an-older-article';
const OLDER_FILE = `${CONTENT}/articles/2021/${OLDER_ID}.md`;
const OTHER_YEAR_ID = '2022-09-01-an-article-of-another-year';
const LATE_2022_ID = '2022-11-20-a-later-article-of-2022';
const LATE_2022_FILE = `${CONTENT}/articles/2022/${LATE_2022_ID}.md`;
const EARLY_2022_ID = '2022-03-01-an-earlier-article-of-2022';
/** The rebuilds' cache folder, and the cold builds' own, so that a cold build never touches the rebuilds' caches. */
const CACHE = `${WORK}/cache`;
const COLD_CACHE = `${WORK}/cold-cache`;

/** An article of 2022 that shares no person or theme with the others, so its page stays the same. */
const OTHER_YEAR_ARTICLE = [
  '---',
  "title: 'An article of another year'",
  "published: '2022-09-01'",
  'source: fuxin-news-network',
  'themes: [enterprise-cultivation]',
  '---',
  '',
  'An article published in 2022, in a year of its own in the search index.',
  '',
].join('\n');

/** Another article of 2022 like the one above, under its own title, day and theme. */
const articleOf2022 = (title: string, day: string, theme: string): string =>
  OTHER_YEAR_ARTICLE.replace("title: 'An article of another year'", `title: '${title}'`)
    .replace("published: '2022-09-01'", `published: '${day}'`)
    .replace('themes: [enterprise-cultivation]', `themes: [${theme}]`);

type Build = ReturnType<typeof buildSite>;

/** Rewrites a content file with `edit` applied, failing when the edit changes nothing. */
function editFile(path: string, edit: (text: string) => string): void {
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${path} changed nothing`);
  writeFileSync(path, after);
}

/** A copy of the seed article under a new title and day. */
function articleLike(title: string, day: string): string {
  return readFileSync(SEED_FILE, 'utf8')
    .replace(/^title: .*$/m, `title: '${title}'`)
    .replace(/^published: .*$/m, `published: '${day}'`);
}

/** A rebuild without --force over the last output, and a cold build of the same content, kept side by side. */
interface Step {
  again: Build;
  cold: Build;
  /** Where both outputs are kept: `<dir>/incremental` and `<dir>/cold`. */
  dir: string;
}

/** Builds without --force over the incremental output, then cold into an empty folder, and keeps both. */
function rebuildAndCold(name: string): Step {
  const again = buildSite({ outDir: `${WORK}/incremental`, content: CONTENT, cacheDir: CACHE, force: false });
  rmSync(`${WORK}/cold`, { recursive: true, force: true });
  const cold = buildSite({ outDir: `${WORK}/cold`, content: CONTENT, cacheDir: COLD_CACHE });
  const dir = `${WORK}/after-${name}`;
  cpSync(`${WORK}/incremental`, `${dir}/incremental`, { recursive: true });
  cpSync(`${WORK}/cold`, `${dir}/cold`, { recursive: true });
  return { again, cold, dir };
}

/** Checks that a step's rebuild wrote the same files, byte for byte, as its cold build. */
function expectSameSite({ again, cold, dir }: Step): string[] {
  for (const build of [again, cold]) expect(build.status, build.output).toBe(0);
  const files = comparedFiles(`${dir}/cold`);
  expect(comparedFiles(`${dir}/incremental`)).toEqual(files);
  expect(differingFiles(files, `${dir}/incremental`, `${dir}/cold`)).toEqual([]);
  return files;
}

/**
 * The files Astro's log lists as kept from the last build instead of rendered: `├─ <file>`
 * followed at once by `(cached)` when the file was left in the output folder, or `(restored)` when
 * it was copied back from the cache (pages rendered side by side interleave their lines, but a
 * kept file's two parts are logged together).
 */
function reusedFiles(build: Build, how: 'cached' | 'restored' = 'cached'): string[] {
  return [...build.output.matchAll(new RegExp(`├─ (\\S+) \\(${how}\\)`, 'g'))].map((match) => match[1]!);
}

/** What the build log says when the output folder was emptied before the build (src/integrations/output-in-place.ts). */
const EMPTIED = /emptied .*: the last finished build did not write it/;

/** The files Astro's log lists as written by the build, rendered or copied. */
function listedFiles(build: Build): string[] {
  // A rendered file's name is followed by its render time, or, when pages render side by side, by
  // the next log line's clock time with no space between.
  return [...build.output.matchAll(/├─ (\/\S*?)(?=\d\d:\d\d:\d\d|\s|$)/g)].map((match) => match[1]!);
}

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

let first: Build;
let added: Step;
/** The folder of the 2022 search bundle in the rebuilds' output: its inode and creation time after the first build, and after adding. */
const bundleFolder = { first: '', added: '' };
let redescribed: Step;
let relabelled: Step;
let corrected: Step;
let renamed: Step;
/** After the renaming: a build into another folder, then a rebuild into the rebuilds' folder again. */
let elsewhere: Build;
let back: Step;
let moreOf2022: Step;
let partly: Step;
beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  cpSync('content', CONTENT, { recursive: true });
  mkdirSync(`${CONTENT}/articles/2021`);
  writeFileSync(OLDER_FILE, articleLike('An older article', '2021-09-30'));
  mkdirSync(`${CONTENT}/articles/2022`);
  writeFileSync(`${CONTENT}/articles/2022/${OTHER_YEAR_ID}.md`, OTHER_YEAR_ARTICLE);
  first = buildSite({ outDir: `${WORK}/incremental`, content: CONTENT, cacheDir: CACHE });
  const folderOf2022 = () => {
    const stats = statSync(`${WORK}/incremental/pagefind/2022`, { bigint: true });
    return `${stats.ino}:${stats.birthtimeNs}`;
  };
  bundleFolder.first = folderOf2022();

  // Under the theme Talent only, which the 2022 article does not share: that article's related
  // articles, and so its page, stay as they were.
  writeFileSync(
    ADDED_FILE,
    articleLike('An article added after the first build', '2023-05-02').replace(
      /^themes:\n(?: {2}- .*\n)+/m,
      'themes: [talent]\n',
    ),
  );
  added = rebuildAndCold('adding');
  bundleFolder.added = folderOf2022();

  // Records other pages show, each edited alone and apart from any text: every page that shows
  // one must notice.
  editFile(`${CONTENT}/people/zhou-pengju.yaml`, (text) =>
    text.replace(/^description: (.*)\.$/m, 'description: $1, described anew.'),
  );
  redescribed = rebuildAndCold('redescribing');
  editFile(`${CONTENT}/themes.yaml`, (text) => text.replace(/(label: )(.*)$/m, '$1$2 (relabelled)'));
  relabelled = rebuildAndCold('relabelling');

  editFile(SEED_FILE, (text) => text.replace(/\n\n([A-Z][^\n]*?)\.\n/, '\n\n$1, corrected.\n'));
  rmSync(OLDER_FILE);
  corrected = rebuildAndCold('correcting');

  // A new name changes how every body is rendered (names in the text link to their person).
  editFile(`${CONTENT}/people/zhou-pengju.yaml`, (text) =>
    text.replace(/^name: .*$/m, 'name: Zhou Pengju (renamed)'),
  );
  renamed = rebuildAndCold('renaming');

  // Another edit, built first into another folder with the same caches, then into the rebuilds'
  // folder: that folder now holds pages older than the cache's record of them, so it must not be
  // taken for the cache's copies.
  editFile(`${CONTENT}/themes.yaml`, (text) => text.replace(/(label: )(.*)$/m, '$1$2 again'));
  elsewhere = buildSite({ outDir: `${WORK}/elsewhere`, content: CONTENT, cacheDir: CACHE, force: false });
  back = rebuildAndCold('building-elsewhere');

  // Two more articles of 2022, the later sharing nothing with the earlier: correcting the later
  // leaves the earlier's page as it was, so only part of the year is rendered again, and the year
  // is indexed for search while the pages render, its kept pages read from the output folder.
  writeFileSync(
    LATE_2022_FILE,
    articleOf2022('A later article of 2022', '2022-11-20', 'northeast-revitalization'),
  );
  writeFileSync(
    `${CONTENT}/articles/2022/${EARLY_2022_ID}.md`,
    articleOf2022('An earlier article of 2022', '2022-03-01', 'enterprise-cultivation'),
  );
  moreOf2022 = rebuildAndCold('adding-two-of-2022');
  editFile(LATE_2022_FILE, (text) =>
    text.replace('An article published in 2022', 'An article published late in 2022'),
  );
  partly = rebuildAndCold('correcting-one-of-2022');
});

describe('a build after adding one article', () => {
  it('gives the same site as a cold build of the same content', () => {
    expect(first.status, first.output).toBe(0);
    const files = expectSameSite(added);
    expect(files).toContain(`articles/${ADDED_ID}/index.html`);
    // Its citation and metadata files, which the build writes beside the pages, not as Astro routes.
    for (const file of ['cite.bib', 'cite.ris', 'cite.csl.json', 'index.json']) {
      expect(files).toContain(`articles/${ADDED_ID}/${file}`);
      expect(listedFiles(added.again)).not.toContain(`/articles/${ADDED_ID}/${file}`);
    }
    // Only the new article's four are written; the others' text is unchanged and left as it was.
    expect(added.again.output).toMatch(/citation and metadata files of articles: 4 written, \d+ unchanged/);
    expect(files.some((file) => file.startsWith('pagefind/2023/fragment/'))).toBe(true);
  });

  it('copies the files the new article does not change instead of rendering them again', () => {
    const reused = reusedFiles(added.again);
    // The new article's are rendered, never copied; the site lists them as written.
    expect(listedFiles(added.again)).toContain(`/articles/${ADDED_ID}/index.html`);
    expect(reused.filter((file) => file.includes(ADDED_ID))).toEqual([]);
    // An article that shares nothing with the new one keeps its page.
    expect(reused).toContain(`/articles/${OTHER_YEAR_ID}/index.html`);
    // Kept where they were: the output folder was not emptied, and nothing was copied back.
    expect(added.again.output).not.toMatch(EMPTIED);
    expect(reusedFiles(added.again, 'restored')).toEqual([]);
  });

  it('indexes for search only the years whose pages changed, and reuses the other', () => {
    // 2023 has the new article, 2021 an article whose related articles now include it; 2022 is unchanged.
    expect(added.again.output).toMatch(
      /Indexed 4 pages for search in [\d.]+ s \(2 of 3 years, 2 while the pages rendered; 1 reused\)/,
    );
    expect(added.cold.output).toMatch(
      /Indexed 4 pages for search in [\d.]+ s \(3 of 3 years, 3 while the pages rendered; 0 reused\)/,
    );
  });

  it("leaves the reused year's search bundle where it was: neither pruned nor linked again", () => {
    // Pruned or linked again, its folder would have been removed and made anew.
    expect(bundleFolder.added).toBe(bundleFolder.first);
  });

  it("writes the reused year's search bundle byte for byte as the cold build indexed it", () => {
    // Every file of the bundle, its filter and metadata indexes too (comparedFiles leaves those out).
    const bundle = readdirSync(`${added.dir}/cold/pagefind/2022`, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(`${added.dir}/cold`, join(entry.parentPath, entry.name)));
    expect(bundle).toContain('pagefind/2022/pagefind-entry.json');
    expect(differingFiles(bundle, `${added.dir}/incremental`, `${added.dir}/cold`)).toEqual([]);
  });
});

describe('a build after redescribing a person', () => {
  it('gives the same site as a cold build of the same content', () => {
    expectSameSite(redescribed);
    const page = readFileSync(`${redescribed.dir}/cold/people/zhou-pengju/index.html`, 'utf8');
    expect(page).toContain('described anew');
  });
});

describe('a build after relabelling a theme', () => {
  it('gives the same site as a cold build of the same content', () => {
    expectSameSite(relabelled);
    const page = readFileSync(`${relabelled.dir}/cold/articles/${SEED_ID}/index.html`, 'utf8');
    expect(page).toContain('(relabelled)');
  });
});

describe('a build after correcting a text and removing an article', () => {
  it('gives the same site as a cold build of the same content', () => {
    const files = expectSameSite(corrected);
    expect(files).not.toContain(`articles/${OLDER_ID}/index.html`);
    // The removed article's folder is gone too, not left empty.
    expect(existsSync(`${corrected.dir}/incremental/articles/${OLDER_ID}`)).toBe(false);
    expect(corrected.again.output).toMatch(/removed \d+ file\(s\) of earlier builds/);
  });
});

describe('a build after renaming a person', () => {
  it('gives the same site as a cold build of the same content', () => {
    expectSameSite(renamed);
    const page = readFileSync(`${renamed.dir}/cold/articles/${SEED_ID}/index.html`, 'utf8');
    expect(page).toContain('Zhou Pengju (renamed)');
  });
});

describe('a build into a folder the last build did not write', () => {
  it('empties the folder first, copies the unchanged pages back and gives the cold build’s site', () => {
    // The new folder had nothing to empty; the rebuilds' folder had the pages of the step before.
    expect(elsewhere.output).not.toMatch(EMPTIED);
    expect(back.again.output).toMatch(EMPTIED);
    for (const build of [elsewhere, back.again]) {
      expect(build.status, build.output).toBe(0);
      expect(reusedFiles(build, 'cached')).toEqual([]);
      expect(reusedFiles(build, 'restored').length).toBeGreaterThan(0);
    }
    const files = expectSameSite(back);
    expect(comparedFiles(`${WORK}/elsewhere`)).toEqual(files);
    expect(differingFiles(files, `${WORK}/elsewhere`, `${back.dir}/cold`)).toEqual([]);
    expect(readFileSync(`${back.dir}/incremental/articles/${SEED_ID}/index.html`, 'utf8')).toContain(
      '(relabelled) again',
    );
  });
});

describe('a build after correcting one article of a year whose other pages stay as they were', () => {
  it('gives the same site as a cold build of the same content', () => {
    expectSameSite(moreOf2022);
    expectSameSite(partly);
    expect(reusedFiles(partly.again)).toContain(`/articles/${EARLY_2022_ID}/index.html`);
  });

  it('indexes that year while the pages render, its kept pages read from the output folder, into the bundle, byte for byte, that the cold build indexed', () => {
    expect(partly.again.output).toMatch(/\(1 of 2 years, 1 while the pages rendered; 1 reused\)/);
    expect(partly.cold.output).toMatch(/\(2 of 2 years, 2 while the pages rendered; 0 reused\)/);
    const bundle = readdirSync(`${partly.dir}/cold/pagefind/2022`, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(`${partly.dir}/cold`, join(entry.parentPath, entry.name)));
    expect(bundle).toContain('pagefind/2022/pagefind-entry.json');
    expect(differingFiles(bundle, `${partly.dir}/incremental`, `${partly.dir}/cold`)).toEqual([]);
  });
});
