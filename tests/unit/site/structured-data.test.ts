import { describe, expect, it } from 'vitest';
import {
  breadcrumbListLd,
  COLLECTION_ITEM_LIMIT,
  collectionPageLd,
  newsArticleLd,
  profilePageLd,
  serializeJsonLd,
} from '../../../src/site/structured-data.ts';
import { archiveOf, conference, SITE_URL } from '../../support/archive.ts';

const ARTICLE_URL = 'https://news.example.org/articles/2023-04-17-conference/';

describe('newsArticleLd', () => {
  const data = newsArticleLd(conference(), archiveOf(), SITE_URL);

  it('is a NewsArticle with headline, ISO 8601 publication day and language', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      url: ARTICLE_URL,
      headline: 'The city holds its science and technology work conference',
      datePublished: '2023-04-17',
      inLanguage: 'en',
    });
  });

  it('names the source as publisher, author and source organization', () => {
    expect(data['publisher']).toMatchObject({
      '@type': 'Organization',
      name: 'Fuxin News Network',
      url: 'https://www.fxnews.example/',
    });
    const id = (data['publisher'] as { '@id': string })['@id'];
    expect(data['author']).toEqual({ '@id': id });
    expect(data['sourceOrganization']).toEqual({ '@id': id });
  });

  it('points at the Chinese original it translates', () => {
    expect(data['translationOfWork']).toEqual({
      '@type': 'CreativeWork',
      inLanguage: 'zh',
      name: '全市科技工作会议召开',
    });
  });

  it('has themes and the dated event as `about`, and every person as `mentions`', () => {
    const about = data['about'] as { '@type': string; name: string; startDate?: string }[];
    expect(about.filter((thing) => thing['@type'] === 'Thing').map((thing) => thing.name)).toEqual([
      'Talent',
      'Science & <innovation>',
    ]);
    expect(about.find((thing) => thing['@type'] === 'Event')?.startDate).toBe('2023-04-14');
    expect((data['mentions'] as { name: string; url: string }[]).map(({ name, url }) => [name, url])).toEqual(
      [
        ['Zhou Pengju', 'https://news.example.org/people/zhou-pengju/'],
        ['Zhang Jianjun', 'https://news.example.org/people/zhang-jianjun-county/'],
      ],
    );
  });

  it('leaves out what an article does not have: event day, translation, source address', () => {
    const plain = newsArticleLd(
      conference({ eventDate: undefined, translation: undefined }),
      archiveOf(),
      SITE_URL,
    );
    const json = JSON.parse(serializeJsonLd(plain)) as Record<string, unknown>;
    expect(json['translationOfWork']).toBeUndefined();
    expect(json['isBasedOn']).toBeUndefined();
    const event = (json['about'] as { '@type': string }[]).find((thing) => thing['@type'] === 'Event');
    expect(event).not.toHaveProperty('startDate');
  });

  it('gives each speaker as a performer of the event in the role and act the article states, with no tenure dates', () => {
    const event = (data['about'] as { '@type': string; performer?: unknown }[]).find(
      (thing) => thing['@type'] === 'Event',
    );
    expect(event?.performer).toEqual([
      {
        '@type': 'Role',
        roleName: 'Mayor',
        description: 'delivered a speech',
        performer: { '@id': 'https://news.example.org/people/zhou-pengju/#person' },
      },
    ]);
    expect(JSON.stringify(event)).not.toContain('endDate');
  });

  it('has no event for an article with no event day and no speakers', () => {
    const quiet = newsArticleLd(conference({ eventDate: undefined, speakers: [] }), archiveOf(), SITE_URL);
    expect((quiet['about'] as { '@type': string }[]).some((thing) => thing['@type'] === 'Event')).toBe(false);
  });
});

describe('profilePageLd', () => {
  const person = archiveOf().people.get('zhang-jianjun-county');
  it('is a ProfilePage about a Person with dated roles', () => {
    if (!person) throw new Error('fixture person missing');
    const data = profilePageLd(
      person,
      [{ role: 'County head', first: '2022-11-20', last: '2023-05-10', count: 2 }],
      SITE_URL,
    );
    expect(data['@type']).toBe('ProfilePage');
    expect(data['mainEntity']).toMatchObject({
      '@type': 'Person',
      name: 'Zhang Jianjun',
      alternateName: ['Zhang J.'],
      hasOccupation: [
        {
          '@type': 'Role',
          roleName: 'County head',
          startDate: '2022-11-20',
          endDate: '2023-05-10',
          hasOccupation: { '@type': 'Occupation', name: 'County head' },
        },
      ],
    });
  });

  it('has no roles and no alternate names when there are none', () => {
    if (!person) throw new Error('fixture person missing');
    const data = profilePageLd({ ...person, aliases: [] }, [], SITE_URL);
    expect(data['mainEntity']).toMatchObject({ hasOccupation: [] });
    expect((data['mainEntity'] as Record<string, unknown>)['alternateName']).toBeUndefined();
  });
});

describe('collectionPageLd', () => {
  it('describes a theme page as a CollectionPage listing its articles', () => {
    const theme = archiveOf().themes.get('talent');
    if (!theme) throw new Error('fixture theme missing');
    const data = collectionPageLd({ kind: 'theme', theme }, [conference()], SITE_URL);
    expect(data).toMatchObject({
      '@type': 'CollectionPage',
      url: 'https://news.example.org/themes/talent/',
      name: 'Talent',
    });
    expect(data['mainEntity']).toMatchObject({
      '@type': 'ItemList',
      numberOfItems: 1,
      itemListElement: [{ position: 1, url: ARTICLE_URL }],
    });
  });

  it(`lists at most ${COLLECTION_ITEM_LIMIT} articles of a source but counts them all`, () => {
    const source = archiveOf().sources.get('fuxin-news-network');
    if (!source) throw new Error('fixture source missing');
    const many = Array.from({ length: COLLECTION_ITEM_LIMIT + 3 }, (_, n) => conference({ id: `a-${n}` }));
    const list = collectionPageLd({ kind: 'source', source }, many, SITE_URL)['mainEntity'] as {
      numberOfItems: number;
      itemListElement: unknown[];
    };
    expect(list.numberOfItems).toBe(COLLECTION_ITEM_LIMIT + 3);
    expect(list.itemListElement).toHaveLength(COLLECTION_ITEM_LIMIT);
  });
});

describe('breadcrumbListLd', () => {
  it('numbers the trail from 1 with absolute URLs', () => {
    const data = breadcrumbListLd(
      [
        { label: 'Home', href: '/' },
        { label: 'People', href: '/people/' },
      ],
      SITE_URL,
    );
    expect(data?.['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://news.example.org/' },
      { '@type': 'ListItem', position: 2, name: 'People', item: 'https://news.example.org/people/' },
    ]);
  });

  it('is absent for a page without a trail', () => expect(breadcrumbListLd([], SITE_URL)).toBeUndefined());
});

describe('serializeJsonLd', () => {
  it('cannot close its script element, and still parses back to the same data', () => {
    const data = { headline: '</script><script>alert(1)</script> & \u2028 周' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
