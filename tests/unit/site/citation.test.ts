import { describe, expect, it } from 'vitest';
import { chicagoCitation, highwireTags } from '../../../src/site/citation.ts';
import { archiveOf, conference } from '../../support/archive.ts';

const PERMALINK = 'https://news.example.org/articles/2023-04-17-conference/';
const source = archiveOf().sources.get('fuxin-news-network');

describe('chicagoCitation', () => {
  it('quotes the title, italicises the source, dates it month first and ends with the permalink', () => {
    const citation = chicagoCitation(conference(), source, PERMALINK);
    expect(citation.before).toBe('“The city holds its science and technology work conference.” ');
    expect(citation.container).toBe('Fuxin News Network');
    expect(citation.text).toBe(
      '“The city holds its science and technology work conference.” Fuxin News Network, April 17, 2023. Machine translation from Chinese. Liaoning News Archive. https://news.example.org/articles/2023-04-17-conference/.',
    );
  });

  it.each([
    ['Who leads the work?', '“Who leads the work?” '],
    ['Work goes on.', '“Work goes on.” '],
  ])('adds no second stop after a title ending in punctuation: %s', (title, before) => {
    expect(chicagoCitation(conference({ title }), source, PERMALINK).before).toBe(before);
  });

  it('says nothing about translation for an original text', () => {
    expect(chicagoCitation(conference({ translation: undefined }), source, PERMALINK).after).toBe(
      ', April 17, 2023. Liaoning News Archive. https://news.example.org/articles/2023-04-17-conference/.',
    );
  });

  it('names the archive as the container when the source is unknown', () => {
    expect(chicagoCitation(conference({ translation: undefined }), undefined, PERMALINK).container).toBe(
      'Liaoning News Archive',
    );
  });
});

describe('highwireTags', () => {
  it('gives reference managers title, author, slashed date, publisher, language and URL', () => {
    const tags = Object.fromEntries(
      highwireTags(conference(), source, PERMALINK).map(({ name, content }) => [name, content]),
    );
    expect(tags).toEqual({
      citation_title: 'The city holds its science and technology work conference',
      citation_author: 'Fuxin News Network',
      citation_publication_date: '2023/04/17',
      citation_publisher: 'Fuxin News Network',
      citation_language: 'en',
      citation_public_url: PERMALINK,
      citation_fulltext_html_url: PERMALINK,
    });
  });
});
