/** A small hand-built archive for unit tests: two people (namesakes), two themes, one source. */
import type { Archive, Article } from '../../src/lib/model';

export const SITE_URL = 'https://news.example.org';

export function article(overrides: Partial<Article> = {}): Article {
  return {
    id: '2023-04-17-conference',
    filePath: 'content/articles/2023/2023-04-17-conference.md',
    title: 'The city holds its science and technology work conference',
    published: '2023-04-17',
    eventDate: '2023-04-14',
    sourceId: 'fuxin-news-network',
    language: 'en',
    translation: { from: 'zh', method: 'machine', originalTitle: '全市科技工作会议召开' },
    speakers: [{ personId: 'zhou-pengju', role: 'Mayor', act: 'delivered a speech' }],
    mentions: [{ personId: 'zhang-jianjun-county', role: 'County head' }],
    themeIds: ['talent', 'science'],
    summary: 'On April 14, the conference was held.',
    ...overrides,
  };
}

export function archive(articles: Article[] = [article()]): Archive {
  return {
    articles,
    people: new Map([
      [
        'zhou-pengju',
        {
          id: 'zhou-pengju',
          name: 'Zhou Pengju',
          aliases: [],
          originalName: '周鹏举',
          description: 'Mayor of Fuxin.',
        },
      ],
      [
        'zhang-jianjun-county',
        {
          id: 'zhang-jianjun-county',
          name: 'Zhang Jianjun',
          aliases: ['Zhang J.'],
          description: 'A county official.',
        },
      ],
    ]),
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
