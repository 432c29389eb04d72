import { describe, expect, it } from 'vitest';
import { createUrls } from '../../../src/core/urls.ts';
import { ARTICLE_FILE_NAMES, articleFile, articleFiles } from '../../../src/site/article-files.ts';
import { articleRecord, toBibtex, toCslJson, toRis } from '../../../src/site/citation.ts';
import { articleMetadata, jsonFile } from '../../../src/site/data-downloads.ts';
import { pageKey } from '../../../src/site/page-keys.ts';
import { archiveOf, article, conference, SITE_URL } from '../../support/archive.ts';

const archive = archiveOf([conference(), article('2022-01-05-older', '2022-01-05')]);
const [first, second] = archive.articles as [ReturnType<typeof conference>, ReturnType<typeof article>];

describe('articleFiles', () => {
  const groups = [...articleFiles(archive, SITE_URL, pageKey)];
  const files = groups.flatMap((group) => {
    const contents = group.contents();
    return group.paths.map((path, index) => ({ path, contents: contents[index] }));
  });

  it('makes four files for every article, where the URL scheme links them, with no base path', () => {
    const at = createUrls('/');
    const expected = [first, second].flatMap(({ id }) => [
      at.citation(id, 'bib'),
      at.citation(id, 'ris'),
      at.citation(id, 'csl.json'),
      at.articleData(id),
    ]);
    expect(files.map((file) => `/${file.path}`)).toEqual(expected);
  });

  it('writes in each file what the citation and metadata modules make of the article', () => {
    const record = articleRecord(first, archive, SITE_URL);
    const byPath = new Map(files.map((file) => [file.path, file.contents]));
    expect(byPath.get(`articles/${first.id}/cite.bib`)).toBe(toBibtex([record]));
    expect(byPath.get(`articles/${first.id}/cite.ris`)).toBe(toRis([record]));
    expect(byPath.get(`articles/${first.id}/cite.csl.json`)).toBe(toCslJson([record]));
    expect(byPath.get(`articles/${first.id}/index.json`)).toBe(
      jsonFile(articleMetadata(first, archive, SITE_URL)),
    );
    // The permalink in the files is the article's page on the site's origin.
    expect(byPath.get(`articles/${first.id}/cite.csl.json`)).toContain(`${SITE_URL}/articles/${first.id}/`);
  });

  it('gives each file the same text as the one-file form `astro dev` serves', () => {
    for (const name of ARTICLE_FILE_NAMES) {
      const file = files.find((candidate) => candidate.path === `articles/${second.id}/${name}`);
      expect(file?.contents).toBe(articleFile(name, second, archive, SITE_URL));
    }
  });

  it("keys each article's files by the article and its permalink, origin included", () => {
    expect(groups.map((group) => group.key)).toEqual([
      pageKey(first, `${SITE_URL}/articles/${first.id}/`),
      pageKey(second, `${SITE_URL}/articles/${second.id}/`),
    ]);
    const elsewhere = [...articleFiles(archive, 'https://mirror.example.org', pageKey)];
    expect(elsewhere[0]?.key).not.toBe(groups[0]?.key);
    const retitled = archiveOf([{ ...first, title: 'Another title' }]);
    expect([...articleFiles(retitled, SITE_URL, pageKey)][0]?.key).not.toBe(groups[0]?.key);
  });

  it('makes the groups as they are asked for, one article at a time, and their text only when asked', () => {
    expect([...articleFiles(archiveOf([]), SITE_URL, pageKey)]).toEqual([]);
    const some = articleFiles(archive, SITE_URL, pageKey);
    const firstGroup = some.next().value;
    expect(firstGroup?.paths[0]).toBe(`articles/${first.id}/cite.bib`);
  });
});
