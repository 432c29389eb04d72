/**
 * The one builder of test articles and archives: plain archive data as `src/site/archive.ts`
 * makes it, so a test states only what matters to it. Defaults come from the content schema.
 */
import { articleSchema, type Archive, type Article, type Person } from '../../src/core/schemas.ts';

/** The origin tests build absolute URLs on. */
export const SITE_URL = 'https://news.example.org';

/** A person with no other spellings. */
export function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, aliases: [], description: `${name}, for tests.`, ...extra };
}

/**
 * An article published on `published` with no speakers, no mentions, the theme `talent` and the
 * source `fuxin-news-network`; `extra` sets anything else.
 */
export function article(id: string, published: string, extra: Partial<Article> = {}): Article {
  const data = articleSchema.parse({
    title: `Title of ${id}`,
    published,
    source: 'fuxin-news-network',
    themes: ['talent'],
  });
  return {
    ...data,
    id,
    filePath: `content/articles/${published.slice(0, 4)}/${id}.md`,
    summary: '',
    ...extra,
  };
}

/** A machine-translated conference report with a speaker, a mention of a namesake and two themes. */
export function conference(extra: Partial<Article> = {}): Article {
  return article('2023-04-17-conference', '2023-04-17', {
    title: 'The city holds its science and technology work conference',
    eventDate: '2023-04-14',
    translation: { from: 'zh', method: 'machine', originalTitle: '全市科技工作会议召开' },
    speakers: [{ person: 'zhou-pengju', role: 'Mayor', act: 'delivered a speech' }],
    mentions: [{ person: 'zhang-jianjun-county', role: 'County head' }],
    themes: ['talent', 'science'],
    summary: 'On April 14, the conference was held.',
    ...extra,
  });
}

/** The people `conference()` names: the mayor and a county official who shares a name with another. */
export const FIXTURE_PEOPLE: readonly Person[] = [
  person('zhou-pengju', 'Zhou Pengju', { originalName: '周鹏举', description: 'Mayor of Fuxin.' }),
  person('zhang-jianjun-county', 'Zhang Jianjun', {
    aliases: ['Zhang J.'],
    description: 'A county official.',
  }),
];

/** An archive of `articles` and `people`, with the themes `talent` and `science` and one source. */
export function archiveOf(
  articles: Article[] = [conference()],
  people: readonly Person[] = FIXTURE_PEOPLE,
): Archive {
  return {
    articles,
    people: new Map(people.map((entry) => [entry.id, entry])),
    themes: new Map([
      ['talent', { id: 'talent', label: 'Talent', description: 'People and skills.', keywords: [] }],
      ['science', { id: 'science', label: 'Science & <innovation>', description: 'Research.', keywords: [] }],
    ]),
    sources: new Map([
      [
        'fuxin-news-network',
        {
          id: 'fuxin-news-network',
          label: 'Fuxin News Network',
          description: 'City news site.',
          url: 'https://www.fxnews.example/',
        },
      ],
    ]),
  };
}
