import { describe, expect, it } from 'vitest';
import { deriveTitle, parseRawPage, type RawPage } from '../../../src/import/parse-raw.ts';
import { fixture } from '../../support/import-fixtures.ts';

const context = { sourceNames: ['Fuxin News Network'] };

type Expected = Partial<Omit<RawPage, 'blocks' | 'warnings'>> & {
  firstBlock?: string;
  subheadlines?: number;
};

describe.each<[string, Expected]>([
  [
    'stamp-title.txt',
    {
      title:
        'Zhou Pengju stressed at the city forestry work meeting to plant more shelter belts and keep the sand out of the fields',
      titleOrigin: 'headline',
      listed: '2023-06-13',
      published: '2023-06-12',
      sourceName: 'Fuxin News Network',
      truncated: false,
      firstBlock: 'On June 9, the city forestry work meeting was held.',
    },
  ],
  [
    'stamp-date-line.txt',
    {
      titleOrigin: 'derived',
      listed: '2023-03-08',
      published: '2023-03-08',
      sourceName: 'Fuxin News Network',
      firstBlock: 'On March 7,',
    },
  ],
  [
    'stamp-lede.txt',
    {
      titleOrigin: 'derived',
      listed: '2023-09-21',
      published: undefined,
      sourceName: undefined,
      firstBlock: 'On September 20, volunteers',
    },
  ],
  [
    'long-date.txt',
    {
      title: 'Province Opens Summer Grain Purchase Season with New Storage Rules',
      titleOrigin: 'label',
      published: '2023-07-02',
      sourceName: 'Liaoning Evening Post',
    },
  ],
  [
    'us-date-source-line.txt',
    {
      title: 'Fixing the Roads Before the Snow: City Sets Out Its Winter Maintenance Plan',
      titleOrigin: 'headline',
      headlineCount: 1,
      published: '2023-11-21',
      listed: undefined,
      sourceName: 'Fuxin News Network',
      subheadlines: 0,
    },
  ],
  [
    'release-time.txt',
    {
      title: 'The Provincial People’s Congress Standing Committee hears a report on rural roads',
      titleOrigin: 'breadcrumb',
      published: '2023-05-16',
      listed: '2023-05-17',
      sourceName: 'Liaoning Evening Post',
      truncated: false,
    },
  ],
  [
    'views-editor.txt',
    {
      title: 'The Spring Job Fair for Graduates Opens in Fuxin',
      titleOrigin: 'headline',
      headlineCount: 3,
      published: '2023-03-02',
      views: 1204,
      editor: 'Zhao Min',
      sourceName: 'Fuxin News Network',
      subheadlines: 2,
      firstBlock: 'Seventy companies offer more than two thousand posts',
    },
  ],
  [
    'editor-in-charge.txt',
    { titleOrigin: 'derived', views: 42, editor: 'Qian Rui', published: '2023-02-16' },
  ],
  [
    'subtitle.txt',
    {
      title: 'Harbour City Sets Out Plans for Its Old Industrial Districts',
      subtitle: 'The party secretary speaks about old factories, new parks and the three-year action',
      published: '2023-10-11',
      sourceName: undefined,
    },
  ],
  [
    'breadcrumb-admin.txt',
    {
      title: 'Building a Greener Province: A Press Conference on Forests and Water',
      titleOrigin: 'breadcrumb',
      published: undefined,
      listed: undefined,
      subheadlines: 1,
      firstBlock: 'Provincial Forestry Bureau Answers Questions About the Shelter Belt Programme',
    },
  ],
  [
    'breadcrumb-source-suffix.txt',
    {
      title: 'A Museum Night for Families in Fushun',
      titleOrigin: 'breadcrumb',
      sourceName: 'Liaoning Evening Post',
      firstBlock: 'Photography: Sun Ke',
    },
  ],
  ['truncated.txt', { truncated: true, published: '2023-08-23' }],
  ['event-year-before.txt', { published: '2023-01-05', truncated: false }],
])('parseRawPage(%s)', (name, expected) => {
  const page = parseRawPage(fixture(name), context);
  const { firstBlock, subheadlines, ...fields } = expected;

  it('reads the header fields', () => {
    expect(page).toMatchObject(fields);
    for (const [key, value] of Object.entries(fields))
      if (value === undefined) expect(page[key as keyof RawPage]).toBeUndefined();
  });

  it('keeps the text in order, starting where it should', () => {
    if (firstBlock !== undefined) expect(page.blocks[0]?.text.startsWith(firstBlock)).toBe(true);
    if (subheadlines !== undefined)
      expect(page.blocks.filter((block) => block.kind === 'subheadline')).toHaveLength(subheadlines);
    expect(page.blocks.every((block) => block.text === block.text.trim() && block.text !== '')).toBe(true);
  });
});

describe('parseRawPage furniture and edge cases', () => {
  it('drops the font size switcher, "by admin" and runs of blank lines, and nothing else', () => {
    const page = parseRawPage(fixture('views-editor.txt'), context);
    const text = page.blocks.map((block) => block.text).join('\n');
    expect(text).not.toContain('Text Size');
    expect(
      parseRawPage(fixture('breadcrumb-admin.txt'), context).blocks.map((block) => block.text),
    ).not.toContain('by admin');
  });

  it('keeps a Date line it cannot read as text, with a warning', () => {
    const page = parseRawPage('Date: sometime in spring\n\nOn March 3, the city planted trees.\n', context);
    expect(page.published).toBeUndefined();
    expect(page.blocks[0]?.text).toBe('Date: sometime in spring');
    expect(page.warnings[0]).toContain('Date: sometime in spring');
  });

  it('reads a page with Windows line ends and Chinese text', () => {
    const page = parseRawPage(
      ' date 2023-04-18 阜新市科技工作会议召开\r\n\r\nDate: 2023-04-17\r\n\r\n4月14日，全市科技工作会议召开。'.replace(
        /\r/g,
        '',
      ),
      context,
    );
    expect(page.title).toBe('阜新市科技工作会议召开');
    expect(page.blocks).toEqual([{ kind: 'paragraph', text: '4月14日，全市科技工作会议召开。' }]);
    expect(page.truncated).toBe(false);
  });

  it('refuses a page with header lines only', () => {
    expect(() =>
      parseRawPage(' date 2023-04-18 \n\nDate: 2023-04-17\n\nSource: Fuxin News Network\n', context),
    ).toThrow(/no article text/);
  });
});

describe('deriveTitle', () => {
  it.each([
    [
      'On January 18, the municipal government held a meeting. More text.',
      'The municipal government held a meeting',
    ],
    ['On the afternoon of May 2, 2023, the bureau met.', 'The bureau met'],
    [
      'The provincial grain bureau recently held a long work meeting with every county, every granary and every purchase station in the province.',
      'The provincial grain bureau recently held a long work meeting with every county, every…',
    ],
  ])('%s → %s', (lede, title) => {
    expect(deriveTitle(lede)).toBe(title);
  });
});
