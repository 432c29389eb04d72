/**
 * What a reader should know is unverified about an article: which of its facts the importer
 * guessed and no archivist has checked yet, as plain sentences for the article page. Taken from
 * the article's `review` field, its source and the people it lists.
 */
import { participantsOf } from '../core/article-people.ts';
import type { Archive, Article, ReviewableField } from '../core/schemas.ts';
import { NOT_STATED_SOURCE_ID, UNCLASSIFIED_THEME_ID } from '../core/unknowns.ts';

/** The sentence for each field the importer may have guessed. */
const FIELD_NOTES: Record<ReviewableField, string> = {
  title: 'Title chosen or made by the importer; not yet checked.',
  published: 'Publication date inferred from the page; not yet checked.',
  eventDate: 'Event date read automatically from the text; not yet checked.',
  source: 'Source identified automatically; not yet checked.',
  speakers: 'Speakers, their roles and what they did identified automatically; not yet checked.',
  mentions: 'People mentioned identified automatically; not yet checked.',
  themes: 'Themes proposed from keywords; not yet checked.',
};

/**
 * The unverified facts of `article`, one sentence each, in the order of its `review` field; an
 * unstated source, an unclassified theme and people whose records await review are said too.
 * @returns an empty list when everything has been checked.
 */
export function reviewNotes(article: Article, archive: Pick<Archive, 'people'>): string[] {
  const notes: string[] = [];
  const sourceNotStated = article.source === NOT_STATED_SOURCE_ID;
  if (sourceNotStated) notes.push('Source not stated in the archived copy.');
  if (article.themes.includes(UNCLASSIFIED_THEME_ID)) notes.push('Not yet filed under a theme.');
  for (const field of article.review) {
    if (field === 'source' && sourceNotStated) continue;
    if (field === 'themes' && article.themes.every((theme) => theme === UNCLASSIFIED_THEME_ID)) continue;
    notes.push(FIELD_NOTES[field]);
  }
  const unchecked = participantsOf(article, archive.people)
    .filter(({ person }) => (person.review ?? []).length > 0)
    .map(({ person }) => person.name);
  if (unchecked.length > 0)
    notes.push(`People new to the archive, not yet identified: ${unchecked.join(', ')}.`);
  return notes;
}
