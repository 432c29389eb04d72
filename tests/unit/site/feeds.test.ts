import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  archiveFeed,
  buildFeed,
  FEED_SIZE,
  feedItem,
  renderAtom,
  renderRss,
  stripInvalidXmlChars,
} from '../../../src/site/feeds.ts';
import type { Archive, Article } from '../../../src/core/schemas.ts';
import { xmlWellFormednessError } from '../../support/well-formed-xml.ts';
import { archiveOf, conference, SITE_URL } from '../../support/archive.ts';

describe('feedItem', () => {
  it('links the article absolutely and carries its day and summary', () => {
    const item = feedItem(conference(), archiveOf(), SITE_URL);
    expect(item.link).toBe('https://news.example.org/articles/2023-04-17-conference/');
    expect(item.published).toBe('2023-04-17');
    expect(item.summary).toBe('On April 14, the conference was held.');
    expect(item.source).toBe('Fuxin News Network');
  });

  it('files the article under its themes, then its speakers and mentioned people', () => {
    const item = feedItem(conference(), archiveOf(), SITE_URL);
    expect(item.categories).toEqual([
      { term: 'talent', label: 'Talent', scheme: 'https://news.example.org/themes/' },
      { term: 'science', label: 'Science & <innovation>', scheme: 'https://news.example.org/themes/' },
      { term: 'zhou-pengju', label: 'Zhou Pengju', scheme: 'https://news.example.org/people/' },
      { term: 'zhang-jianjun-county', label: 'Zhang Jianjun', scheme: 'https://news.example.org/people/' },
    ]);
  });

  it('lists a person who both speaks and is mentioned once', () => {
    const both = conference({ mentions: [{ person: 'zhou-pengju' }] });
    const people = feedItem(both, archiveOf([both]), SITE_URL).categories.filter((c) =>
      c.scheme.endsWith('/people/'),
    );
    expect(people.map((c) => c.term)).toEqual(['zhou-pengju']);
  });

  it('has no people categories for an article without speakers or mentions', () => {
    const bare = conference({ speakers: [], mentions: [] });
    expect(feedItem(bare, archiveOf([bare]), SITE_URL).categories.map((c) => c.term)).toEqual([
      'talent',
      'science',
    ]);
  });
});

describe('buildFeed', () => {
  const many = Array.from({ length: FEED_SIZE + 5 }, (_, n) =>
    conference({ id: `a-${n}`, published: `2023-01-${String(1 + (n % 28)).padStart(2, '0')}` }),
  );

  it(`keeps the newest ${FEED_SIZE} articles and is dated by the newest item`, () => {
    const feed = buildFeed({
      title: 'Talent',
      description: 'd',
      page: '/themes/talent/',
      self: '/themes/talent/rss.xml',
      articles: many,
      archive: archiveOf(many),
      site: SITE_URL,
    });
    expect(feed.items).toHaveLength(FEED_SIZE);
    expect(feed.title).toBe('Talent · Liaoning News Archive');
    expect(feed.self).toBe('https://news.example.org/themes/talent/rss.xml');
    expect(feed.updated).toBe('2023-01-28');
  });

  it('dates an empty feed by the archive’s newest article', () => {
    const feed = buildFeed({
      title: 'Nobody',
      description: 'd',
      page: '/people/x/',
      self: '/people/x/rss.xml',
      articles: [],
      archive: archiveOf(),
      site: SITE_URL,
    });
    expect(feed.items).toEqual([]);
    expect(feed.updated).toBe('2023-04-17');
  });
});

describe('archiveFeed', () => {
  it('is the whole archive under the site name, linking home and to itself', () => {
    const feed = archiveFeed(archiveOf(), '/atom.xml', SITE_URL);
    expect(feed.title).toBe('Liaoning News Archive');
    expect(feed.page).toBe('https://news.example.org/');
    expect(feed.self).toBe('https://news.example.org/atom.xml');
    expect(feed.items).toHaveLength(1);
  });
});

describe('stripInvalidXmlChars', () => {
  it('drops every C0 control character except tab, line feed and carriage return', () => {
    for (let code = 0; code < 0x20; code += 1) {
      const char = String.fromCharCode(code);
      expect(stripInvalidXmlChars(`a${char}b`), `U+${code.toString(16).padStart(4, '0')}`).toBe(
        '\t\n\r'.includes(char) ? `a${char}b` : 'ab',
      );
    }
  });

  it('drops U+FFFE, U+FFFF and lone surrogates, and keeps the rest of the text as it was', () => {
    expect(stripInvalidXmlChars('Mayor\u0007 speaks')).toBe('Mayor speaks');
    expect(stripInvalidXmlChars('a\uFFFEb\uFFFFc')).toBe('abc');
    expect(stripInvalidXmlChars('\uDC00high\uD800 low\uD83D')).toBe('high low');
    const kept = 'Fuxin’s 阜新 & <news> ]]> 😀 \uFFFD é \u007F\u0085 \uD7FF\uE000';
    expect(stripInvalidXmlChars(kept)).toBe(kept);
  });
});

describe('rendered feeds', () => {
  const one = archiveOf();
  const feed = buildFeed({
    title: 'Liaoning News Archive',
    description: 'All articles',
    page: '/',
    self: '/rss.xml',
    articles: one.articles,
    archive: one,
    site: SITE_URL,
  });

  it('writes RSS 2.0 that a feed parser reads back, with RFC 822 dates, categories and a self link', () => {
    const xml = renderRss(feed);
    const parsed = parseRssFeed(xml);
    expect(parsed.title).toBe('Liaoning News Archive');
    expect(parsed.atom?.links?.[0]).toMatchObject({ href: 'https://news.example.org/rss.xml', rel: 'self' });
    const [item] = parsed.items ?? [];
    expect(item?.link).toBe('https://news.example.org/articles/2023-04-17-conference/');
    expect(item?.pubDate).toBe('Mon, 17 Apr 2023 00:00:00 +0000');
    expect(item?.categories?.map((c) => c.name)).toEqual([
      'Talent',
      'Science & <innovation>',
      'Zhou Pengju',
      'Zhang Jianjun',
    ]);
  });

  it('writes Atom 1.0 that a feed parser reads back, with ids, instants and categories', () => {
    const parsed = parseAtomFeed(renderAtom({ ...feed, self: 'https://news.example.org/atom.xml' }));
    expect(parsed.id).toBe('https://news.example.org/atom.xml');
    expect(parsed.updated).toBe('2023-04-17T00:00:00.000Z');
    const [entry] = parsed.entries ?? [];
    expect(entry?.id).toBe('https://news.example.org/articles/2023-04-17-conference/');
    expect(entry?.published).toBe('2023-04-17T00:00:00.000Z');
    expect(entry?.authors?.[0]?.name).toBe('Fuxin News Network');
    expect(entry?.categories?.map((c) => c.label)).toContain('Science & <innovation>');
  });
});

describe('rendered feeds of awkward text', () => {
  /** An archive of one article, whose theme, person and source carry the given names. */
  function archiveWith(
    text: Pick<Article, 'title' | 'summary'>,
    names: { theme: string; person: string; source: string },
  ): Archive {
    const base = archiveOf();
    const only = conference({ ...text, themes: ['talent'], mentions: [] });
    return {
      ...base,
      articles: [only],
      themes: new Map([['talent', { id: 'talent', label: names.theme, description: 'd', keywords: [] }]]),
      people: new Map([
        ['zhou-pengju', { id: 'zhou-pengju', name: names.person, aliases: [], description: 'd' }],
      ]),
      sources: new Map([
        ['fuxin-news-network', { id: 'fuxin-news-network', label: names.source, description: 'd' }],
      ]),
    };
  }

  function feedsOf(awkward: Archive): { rss: string; atom: string } {
    const options = { description: 'd', articles: awkward.articles, archive: awkward, site: SITE_URL };
    const theme = awkward.themes.get('talent')!;
    return {
      rss: renderRss(
        buildFeed({ ...options, title: theme.label, page: '/themes/talent/', self: '/rss.xml' }),
      ),
      atom: renderAtom(buildFeed({ ...options, title: theme.label, page: '/', self: '/atom.xml' })),
    };
  }

  function expectWellFormed(xml: string): void {
    expect(xmlWellFormednessError(xml)).toBeUndefined();
  }

  it('drops control characters from titles, summaries, people and themes, and keeps the rest', () => {
    const { rss, atom } = feedsOf(
      archiveWith(
        {
          title: 'Mayor\u0007 speaks',
          summary: 'On April 14\u0000, the\u000B conference\u001F was held.\uFFFE\uD800',
        },
        { theme: 'Tal\u0008ent\uFFFF', person: 'Zhou\u000C Pengju', source: 'Fuxin\u0001 News Network' },
      ),
    );
    expectWellFormed(rss);
    expectWellFormed(atom);

    const channel = parseRssFeed(rss);
    expect(channel.title).toBe('Talent · Liaoning News Archive');
    expect(channel.items?.[0]).toMatchObject({
      title: 'Mayor speaks',
      description: 'On April 14, the conference was held.',
    });
    expect(channel.items?.[0]?.categories?.map((c) => c.name)).toEqual(['Talent', 'Zhou Pengju']);

    const feed = parseAtomFeed(atom);
    expect(feed.title?.value).toBe('Talent · Liaoning News Archive');
    const [entry] = feed.entries ?? [];
    expect(entry?.title?.value).toBe('Mayor speaks');
    expect(entry?.summary?.value).toBe('On April 14, the conference was held.');
    expect(entry?.authors?.[0]?.name).toBe('Fuxin News Network');
    expect(entry?.categories?.map((c) => c.label)).toEqual(['Talent', 'Zhou Pengju']);
  });

  it('keeps markup characters, "]]>" and Chinese text as they were', () => {
    const title = 'Science & <innovation>: 科技创新 ]]> and ]]> again';
    const summary = "A < B && C > D; “quotes” and 'apostrophes' in 阜新市";
    const names = { theme: 'R&D <labs> ]]>', person: '周鹏举 & <co>', source: 'Fuxin "News" & <Network>' };
    const { rss, atom } = feedsOf(archiveWith({ title, summary }, names));
    expectWellFormed(rss);
    expectWellFormed(atom);

    const [item] = parseRssFeed(rss).items ?? [];
    expect(item).toMatchObject({ title, description: summary });
    expect(item?.categories?.map((c) => c.name)).toEqual([names.theme, names.person]);

    const [entry] = parseAtomFeed(atom).entries ?? [];
    expect(entry?.title).toEqual({ value: title });
    expect(entry?.summary).toEqual({ value: summary });
    expect(entry?.authors?.[0]?.name).toBe(names.source);
    expect(entry?.categories?.map((c) => c.label)).toEqual([names.theme, names.person]);
  });
});

describe('rendered feed metadata', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('states the language: RSS in <language>, Atom as xml:lang', () => {
    const one = archiveOf();
    expect(parseRssFeed(renderRss(archiveFeed(one, '/rss.xml', SITE_URL))).language).toBe('en');
    expect(parseAtomFeed(renderAtom(archiveFeed(one, '/atom.xml', SITE_URL))).xml?.lang).toBe('en');
  });

  it('dates nothing by the build clock, not even an empty archive', () => {
    vi.useFakeTimers({ now: new Date('2031-05-06T07:08:09Z') });
    const empty = archiveOf([]);
    const rss = renderRss(archiveFeed(empty, '/rss.xml', SITE_URL));
    const atom = renderAtom(archiveFeed(empty, '/atom.xml', SITE_URL));
    expect(parseRssFeed(rss).lastBuildDate).toBeUndefined();
    expect(parseAtomFeed(atom).updated).toBe('1970-01-01T00:00:00.000Z');
    const dated = renderRss(archiveFeed(archiveOf(), '/rss.xml', SITE_URL));
    expect(parseRssFeed(dated).lastBuildDate).toBe('Mon, 17 Apr 2023 00:00:00 +0000');
    expect(`${rss}${atom}${dated}`).not.toContain('2031');
  });
});
