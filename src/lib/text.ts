/** Small wording helpers for counts and lists. */

/** `1 article`, `2 articles`; `plural` defaults to the noun plus "s". */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
