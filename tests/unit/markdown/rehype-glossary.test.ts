import { describe, expect, test } from 'vitest';
import { LOOKUPS, renderBody } from '../../support/render-markdown.ts';

describe('rehype-glossary', () => {
  test('marks the first use of a term with a dfn linking to its glossary entry', async () => {
    const { html, facts } = await renderBody(
      'Overcome the “stuck neck” technologies; every stuck neck counts.',
    );
    expect(html).toBe(
      '<p>Overcome the “<dfn class="glossary-term"><a href="/glossary/#stuck-neck" title="A technology others can cut off.">stuck neck</a></dfn>” technologies; every stuck neck counts.</p>',
    );
    expect(facts?.termIds).toEqual(['stuck-neck']);
  });

  test('matches other renderings and any case, keeping the text as written', async () => {
    const { html, facts } = await renderBody('Grow Unicorn Enterprises and the national two sessions.');
    expect(html).toContain(
      '<a href="/glossary/#unicorns" title="Start-ups worth a billion dollars.">Unicorn Enterprises</a>',
    );
    expect(html).toContain(
      '<a href="/glossary/#two-sessions" title="The yearly plenary meetings.">two sessions</a>',
    );
    expect(facts?.termIds).toEqual(['unicorns', 'two-sessions']);
  });

  test('links under the base path', async () => {
    const { html } = await renderBody('A chokepoint.', { base: '/archive/' });
    expect(html).toContain('href="/archive/glossary/#stuck-neck"');
  });

  describe.each([
    { where: 'inside a heading', markdown: '## The stuck neck problem' },
    { where: 'inside a link', markdown: '[stuck neck](https://example.org/)' },
    { where: 'inside code', markdown: '`stuck neck`' },
    { where: 'inside a longer word', markdown: 'Unicornsss and multiunicorns.' },
  ])('a term $where', ({ markdown }) => {
    test('is left alone', async () => {
      const { html } = await renderBody(markdown);
      expect(html).not.toContain('glossary-term');
    });
  });

  test('a term left alone in a heading is marked at its first use in the text', async () => {
    const { html, facts } = await renderBody('## The stuck neck problem\n\nSolve the stuck neck.');
    expect(html).toContain('<p>Solve the <dfn class="glossary-term">');
    expect(facts?.termIds).toEqual(['stuck-neck']);
  });

  test('an empty glossary marks nothing', async () => {
    const { html, facts } = await renderBody('The stuck neck.', { lookups: { ...LOOKUPS, glossary: [] } });
    expect(html).toBe('<p>The stuck neck.</p>');
    expect(facts?.termIds).toEqual([]);
  });
});
