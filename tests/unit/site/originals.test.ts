import { describe, expect, it } from 'vitest';
import { findOriginalProblems, type OriginalText } from '../../../src/site/originals.ts';
import { article, conference } from '../../support/archive.ts';

const translated = conference();
const untranslated = article('2023-05-01-plain', '2023-05-01');
const articles = new Map([translated, untranslated].map((entry) => [entry.id, entry]));
const paragraphs = new Map([[translated.id, 3]]);

const original = (extra: Partial<OriginalText> = {}): OriginalText => ({
  articleId: translated.id,
  language: 'zh',
  filePath: `content/articles/2023/${translated.id}.zh.md`,
  paragraphCount: 3,
  ...extra,
});

const problemsOf = (entry: OriginalText) =>
  findOriginalProblems([entry], articles, (id) => paragraphs.get(id) ?? 0);

describe("an article's original", () => {
  it('in the language the article is translated from, paragraph for paragraph, is fine', () => {
    expect(problemsOf(original())).toEqual([]);
  });

  it('with a different number of paragraphs stops the build, naming file, field and fix', () => {
    expect(problemsOf(original({ paragraphCount: 2 }))).toEqual([
      `content/articles/2023/${translated.id}.zh.md: body: 2 paragraphs, but the translation has 3; write one paragraph of the original for each paragraph of the translation, in the same order`,
    ]);
  });

  it('with no article of that id stops the build', () => {
    expect(
      problemsOf(original({ articleId: '2023-04-17-typo', filePath: 'x/2023-04-17-typo.zh.md' })),
    ).toEqual([
      'x/2023-04-17-typo.zh.md: file name: there is no article "2023-04-17-typo"; name the original after its article, <article id>.zh.md',
    ]);
  });

  it('beside an article that is not a translation stops the build', () => {
    const [problem] = problemsOf(original({ articleId: untranslated.id, filePath: 'plain.zh.md' }));
    expect(problem).toMatch(
      /^plain\.zh\.md: translation: .* is not marked as a translation; add translation:/,
    );
  });

  it('in another language than the translation is from stops the build; case does not matter', () => {
    expect(problemsOf(original({ language: 'ZH' }))).toEqual([]);
    expect(problemsOf(original({ language: 'ja' }))[0]).toMatch(
      /file name: the original is in "ja" but .* is translated from "zh"; rename the file or fix translation.from$/,
    );
  });
});
