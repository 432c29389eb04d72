import { describe, expect, it } from 'vitest';
import { reviewNotes } from '../../../src/site/review.ts';
import { article, person } from '../../support/archive.ts';

const people = new Map([
  ['hu-tao', person('hu-tao', 'Hu Tao', { review: ['name', 'description'] })],
  ['zhou-pengju', person('zhou-pengju', 'Zhou Pengju')],
]);

describe('reviewNotes', () => {
  it('says nothing of an article whose facts have all been checked', () => {
    expect(reviewNotes(article('a', '2023-01-05'), { people })).toEqual([]);
  });

  it('names each guessed field in a sentence', () => {
    const notes = reviewNotes(article('a', '2023-01-05', { review: ['eventDate', 'speakers'] }), { people });
    expect(notes).toEqual([
      'Event date read automatically from the text; not yet checked.',
      'Speakers, their roles and what they did identified automatically; not yet checked.',
    ]);
  });

  it('says when the archived copy names no source, and when no theme fits', () => {
    const notes = reviewNotes(
      article('a', '2023-01-05', {
        source: 'not-stated',
        themes: ['unclassified'],
        review: ['source', 'themes'],
      }),
      { people },
    );
    expect(notes).toEqual(['Source not stated in the archived copy.', 'Not yet filed under a theme.']);
  });

  it('names the people whose records the importer created and nobody has checked', () => {
    const notes = reviewNotes(
      article('a', '2023-01-05', {
        speakers: [{ person: 'zhou-pengju', role: 'Mayor', act: 'spoke' }],
        mentions: [{ person: 'hu-tao' }],
      }),
      { people },
    );
    expect(notes).toEqual(['People new to the archive, not yet identified: Hu Tao.']);
  });
});
