/** Builders for plain archive data, so tests state only what matters to them. */
import type { Archive, Article, Person } from '~/lib/model';

export function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, aliases: [], description: `${name}, for tests.`, ...extra };
}

export function article(id: string, published: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    filePath: `content/articles/${published.slice(0, 4)}/${id}.md`,
    title: `Title of ${id}`,
    published,
    sourceId: 'fuxin-news-network',
    language: 'en',
    speakers: [],
    mentions: [],
    themeIds: ['talent'],
    summary: '',
    ...extra,
  };
}

export function archiveOf(articles: Article[], people: Person[] = []): Archive {
  return {
    articles,
    people: new Map(people.map((entry) => [entry.id, entry])),
    themes: new Map([['talent', { id: 'talent', label: 'Talent', description: 'Talent.', keywords: [] }]]),
    sources: new Map([
      ['fuxin-news-network', { id: 'fuxin-news-network', label: 'Fuxin News Network', description: 'News.' }],
    ]),
  };
}
