import { describe, expect, test } from 'vitest';
import { LOOKUPS, renderBody } from '../../support/render-markdown.ts';

const NOTES = '<aside class="glossary-notes"';

describe('rehype-glossary', () => {
  test('marks the first use of a term with a dfn linking to its note, and only the first', async () => {
    const { prose, facts } = await renderBody(
      'Overcome the “stuck neck” technologies; every stuck neck counts.',
    );
    expect(prose).toContain(
      '<p>Overcome the “<dfn class="glossary-term" id="glossary-use-stuck-neck"><a href="#glossary-note-stuck-neck">stuck neck</a></dfn>” technologies; every stuck neck counts.</p>',
    );
    expect(prose.match(/<dfn/g)).toHaveLength(1);
    expect(facts?.termIds).toEqual(['stuck-neck']);
  });

  test('ends the body with a note per term used, in order of use: its meaning, the glossary entry and the way back', async () => {
    const { prose } = await renderBody('Grow unicorns, then overcome the stuck neck. Unicorns again.');
    const notes = prose.slice(prose.indexOf(NOTES));
    expect(notes).toMatch(/^<aside class="glossary-notes" aria-labelledby="glossary-notes-heading"/);
    expect(notes).toContain('<h2 id="glossary-notes-heading">Glossary notes</h2>');
    const items = [...notes.matchAll(/<li id="([^"]+)">(.*?)<\/li>/g)];
    expect(items.map(([, id]) => id)).toEqual(['glossary-note-unicorns', 'glossary-note-stuck-neck']);
    expect(items[1]?.[2]).toContain('<b>stuck neck</b>: A technology others can cut off.');
    expect(items[1]?.[2]).toContain('<a href="/glossary/#stuck-neck">In the glossary');
    expect(items[1]?.[2]).toContain('<a href="#glossary-use-stuck-neck">Back to the text');
  });

  test('gives the original term with its language when the glossary knows it', async () => {
    const { prose } = await renderBody('The stuck neck.', {
      lookups: { ...LOOKUPS, glossary: [{ ...LOOKUPS.glossary[0]!, original: '卡脖子' }] },
    });
    expect(prose).toContain('<b>stuck neck</b> (<span lang="zh">卡脖子</span>): ');
  });

  test('matches other renderings and any case, keeping the text as written', async () => {
    const { prose, facts } = await renderBody('Grow Unicorn Enterprises and the national two sessions.');
    expect(prose).toContain('<a href="#glossary-note-unicorns">Unicorn Enterprises</a>');
    expect(prose).toContain('<a href="#glossary-note-two-sessions">two sessions</a>');
    expect(facts?.termIds).toEqual(['unicorns', 'two-sessions']);
  });

  test('links the glossary entry under the base path', async () => {
    const { prose } = await renderBody('A chokepoint.', { base: '/archive/' });
    expect(prose).toContain('href="/archive/glossary/#stuck-neck"');
  });

  describe.each([
    { where: 'inside a heading', markdown: '## The stuck neck problem' },
    { where: 'inside a link', markdown: '[stuck neck](https://example.org/)' },
    { where: 'inside code', markdown: '`stuck neck`' },
    { where: 'inside a longer word', markdown: 'Unicornsss and multiunicorns.' },
  ])('a term $where', ({ markdown }) => {
    test('is left alone, and no notes are added', async () => {
      const { prose } = await renderBody(markdown);
      expect(prose).not.toContain('glossary-term');
      expect(prose).not.toContain(NOTES);
    });
  });

  test('a term left alone in a heading is marked at its first use in the text', async () => {
    const { prose, facts } = await renderBody('## The stuck neck problem\n\nSolve the stuck neck.');
    expect(prose).toContain('<p>Solve the <dfn class="glossary-term"');
    expect(facts?.termIds).toEqual(['stuck-neck']);
  });

  test('an empty glossary marks nothing', async () => {
    const { prose, facts } = await renderBody('The stuck neck.', { lookups: { ...LOOKUPS, glossary: [] } });
    expect(prose).toBe('<p>The stuck neck.</p>');
    expect(facts?.termIds).toEqual([]);
  });
});
