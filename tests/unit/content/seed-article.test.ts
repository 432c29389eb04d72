/**
 * The seed article's body must keep every sentence of the original report, verbatim and in
 * order. The original's text (everything after its header, paragraphs joined by single spaces)
 * hashes to ORIGINAL_BODY_SHA256; paragraph breaks and Markdown directive lines may change,
 * the words may not.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SEED = 'content/articles/2023/2023-04-17-zhou-pengju-science-and-technology-work-conference.md';
const ORIGINAL_BODY_SHA256 = '0991536099c67808f7e8443be5a0b2ca06e2f169214fc209a553e8a944429af5';
const ORIGINAL_BODY_LENGTH = 5631;

function bodyText(markdown: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split('\n')
    .filter((line) => !line.trimStart().startsWith(':::'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the seed article', () => {
  const text = bodyText(readFileSync(SEED, 'utf8'));

  it('keeps the original body verbatim, typographic quotes included', () => {
    expect(text).toHaveLength(ORIGINAL_BODY_LENGTH);
    expect(createHash('sha256').update(text).digest('hex')).toBe(ORIGINAL_BODY_SHA256);
  });

  it('starts with the lede and ends with the exchange speeches', () => {
    expect(text.startsWith('On April 14, the city’s science and technology work conference was held.')).toBe(true);
    expect(text.endsWith('made exchange speeches.')).toBe(true);
    expect(text).toContain('“stuck neck”');
  });
});
