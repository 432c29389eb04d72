import { describe, expect, it } from 'vitest';
import { isPassageAnchor } from '../../../src/core/body-facts.ts';

describe('isPassageAnchor', () => {
  it.each(['speech-zhou-pengju-1', 'speech-li-2-12', 'paragraph-3', 'original-paragraph-12'])(
    '%s is a passage a reader can be sent to',
    (id) => expect(isPassageAnchor(id)).toBe(true),
  );

  it.each([
    'speakers-heading',
    'glossary-use-gazelles',
    'glossary-note-gazelles',
    'speech-zhou-pengju-1-by',
    'paragraph-',
    'paragraph-three',
  ])('%s is not', (id) => expect(isPassageAnchor(id)).toBe(false));
});
