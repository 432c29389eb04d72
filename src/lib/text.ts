/** Small text helpers: wording for counts and lists, and escaping text for patterns. */

/** `1 article`, `2 articles`; `plural` defaults to the noun plus "s". */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/** Escapes `text` for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
