/**
 * The people of an article: who spoke and who was only mentioned, each once, with their person
 * records. Pages, feeds, structured data, related articles and the Markdown plugins all ask here.
 */
import type { ArticleData, Person } from './schemas.ts';

/** What the lookup needs of an article: its speakers and mentions as the frontmatter gives them. */
export type CastOf = Pick<ArticleData, 'speakers' | 'mentions'>;

/** A person as one article presents them. */
export interface Participant {
  person: Person;
  /** `speaker` when they spoke, `mentioned` when the article only refers to them. */
  as: 'speaker' | 'mentioned';
  /** Role as this article states it. */
  role?: string | undefined;
  /** What they did, for speakers. */
  act?: string | undefined;
}

/**
 * Ids of an article's speakers, then of the people it mentions who did not also speak, each
 * once, in the order the frontmatter lists them.
 */
export function personIdsOf(article: CastOf): string[] {
  return [...new Set([...article.speakers, ...article.mentions].map((entry) => entry.person))];
}

/**
 * An article's speakers, then the people it only mentions, each with their person record; a
 * mention of someone who also spoke is dropped. Ids with no person record are left out (the
 * build's content check reports them).
 */
export function participantsOf(article: CastOf, people: ReadonlyMap<string, Person>): Participant[] {
  const listed = [
    ...article.speakers.map(({ person, role, act }) => ({ id: person, as: 'speaker' as const, role, act })),
    ...article.mentions.map(({ person, role }) => ({ id: person, as: 'mentioned' as const, role })),
  ];
  const seen = new Set<string>();
  return listed.flatMap(({ id, ...appearance }) => {
    const person = people.get(id);
    if (!person || seen.has(id)) return [];
    seen.add(id);
    return [{ person, ...appearance }];
  });
}
