import { describe, expect, it } from 'vitest';
import {
  breadcrumbListLd,
  COLLECTION_ITEM_LIMIT,
  collectionPageLd,
  newsArticleLd,
  profilePageLd,
  serializeJsonLd,
} from '../../../src/site/structured-data.ts';
import type { Article } from '../../../src/core/schemas.ts';
import { buildProfiles } from '../../../src/site/people.ts';
import { archiveOf, article, conference, person, SITE_URL } from '../../support/archive.ts';

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
  const county = person('zhang-jianjun-county', 'Zhang Jianjun', { aliases: ['Zhang J.'] });
  const first = article('2022-11-20-county', '2022-11-20', {
    eventDate: '2022-11-18',
    speakers: [{ person: 'zhang-jianjun-county', role: 'County head', act: 'presided' }],
  });
  const second = article('2023-05-10-county', '2023-05-10', {
    mentions: [{ person: 'zhang-jianjun-county', role: 'the county head' }],
  });
  const middle = article('2023-01-10-county', '2023-01-10', {
    mentions: [{ person: 'zhang-jianjun-county', role: 'County head' }],
  });
  const profileOf = (articles: Article[], who = county) => {
    const profile = buildProfiles(archiveOf(articles, [who])).get(who.id);
    if (!profile) throw new Error('fixture profile missing');
    return profile;
  };

  it('is a ProfilePage about a Person with each role as attested, not as a term of office', () => {
    const data = profilePageLd(profileOf([second, middle, first]), SITE_URL);
    expect(data['@type']).toBe('ProfilePage');
    const entity = data['mainEntity'] as Record<string, unknown>;
    expect(entity).toMatchObject({ '@type': 'Person', name: 'Zhang Jianjun', alternateName: ['Zhang J.'] });
    const roles = entity['hasOccupation'] as Record<string, unknown>[];
    expect(roles).toHaveLength(1);
    expect(roles[0]).toMatchObject({
      '@type': 'Role',
      roleName: 'County head',
      alternateName: ['the county head'],
      hasOccupation: { '@type': 'Occupation', name: 'County head' },
      subjectOf: [
        {
          '@type': 'NewsArticle',
          url: 'https://news.example.org/articles/2022-11-20-county/',
          datePublished: '2022-11-20',
          contentReferenceTime: '2022-11-18',
        },
        { url: 'https://news.example.org/articles/2023-05-10-county/', datePublished: '2023-05-10' },
      ],
    });
    expect(roles[0]?.['description']).toContain('from 18 November 2022 to 10 May 2023');
    expect(roles[0]).not.toHaveProperty('startDate');
    expect(roles[0]).not.toHaveProperty('endDate');
  });

  it('gives a role stated once one attesting article and its day', () => {
    const roles = (profilePageLd(profileOf([first]), SITE_URL)['mainEntity'] as Record<string, unknown>)[
      'hasOccupation'
    ] as Record<string, unknown>[];
    expect(roles[0]?.['subjectOf']).toHaveLength(1);
    expect(roles[0]?.['description']).toContain('on 18 November 2022');
    expect(JSON.stringify(roles)).not.toContain('endDate');
  });

  it('gives an authority id as sameAs', () => {
    const entity = profilePageLd(profileOf([], { ...county, wikidata: 'Q15031' }), SITE_URL)[
      'mainEntity'
    ] as Record<string, unknown>;
    expect(entity['sameAs']).toEqual(['https://www.wikidata.org/wiki/Q15031']);
  });

  it('has no roles, alternate names or sameAs when there are none', () => {
    const entity = profilePageLd(profileOf([], { ...county, aliases: [] }), SITE_URL)['mainEntity'] as Record<
      string,
      unknown
    >;
    expect(entity['hasOccupation']).toEqual([]);
    expect(entity['alternateName']).toBeUndefined();
    expect(entity['sameAs']).toBeUndefined();
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
