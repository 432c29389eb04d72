/**
 * The sentences of an article body as a reader sees them: frontmatter and directive fences
 * (`:::speech{...}`, `:::`) removed, whitespace collapsed, split after `.`, `!` or `?`.
 */
import { createHash } from 'node:crypto';

export function bodySentences(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const text = body
    .split('\n')
    .filter((line) => !/^\s*:::/.test(line))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.split(/(?<=[.!?])\s+(?=\S)/);
}

/** SHA-256 of one sentence, hex. */
export function sentenceHash(sentence: string): string {
  return createHash('sha256').update(sentence, 'utf8').digest('hex');
}
