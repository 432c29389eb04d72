import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readContentLookups } from '../../../src/markdown/content-lookups.ts';
import { renderBody } from '../../support/render-markdown.ts';

const SEED = 'content/articles/2023/2023-04-17-zhou-pengju-science-and-technology-work-conference.md';
const markdown = readFileSync(SEED, 'utf8');
const frontmatter = {
  speakers: [
    {
      person: 'zhou-pengju',
      role: 'Deputy Secretary of the Municipal Party Committee and Mayor',
      act: 'delivered a speech',
    },
    { person: 'zhang-jianjun', role: 'Deputy Mayor', act: 'presided' },
    { person: 'matthew-quan', role: 'president', act: 'delivered a speech' },
    { person: 'zhang-shihui', role: 'director', act: 'made a summary and deployment' },
  ],
  mentions: [{ person: 'xi-jinping' }, { person: 'hao-peng' }],
};

describe('the seed article through the Markdown pipeline', () => {
  test("attributes the mayor's three-part speech and uses every seeded glossary term", async () => {
    const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
    const { prose: html, facts } = await renderBody(body, {
      frontmatter,
      lookups: readContentLookups('content'),
      path: SEED,
    });
    expect(facts?.problems).toEqual([]);
    expect(facts?.passages).toEqual([
      {
        personId: 'zhou-pengju',
        anchor: 'speech-zhou-pengju-1',
        opening:
          'Zhou Pengju emphasized that first, we must improve our political standing, fully understand that “science and technology are the primary productive forces”, and unswervingly implement the innovation-driven development strategy.',
      },
    ]);
    const section = html.slice(html.indexOf('<section'), html.indexOf('</section>'));
    for (const part of [
      'Zhou Pengju emphasized that first,',
      '<p>Second, we must focus on key tasks',
      '<p>Third, we must strengthen',
    ]) {
      expect(section).toContain(part);
    }
    expect(facts?.termIds.toSorted()).toEqual(
      readContentLookups('content')
        .glossary.map((term) => term.id)
        .toSorted(),
    );
    for (const required of [
      'stuck-neck',
      'revealing-the-list-and-taking-command',
      'young-eagles',
      'gazelles',
      'unicorns',
      'one-game-of-chess',
      'two-sessions',
      'primary-productive-forces',
    ]) {
      expect(facts?.termIds).toContain(required);
    }
  });
});
