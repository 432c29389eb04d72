/**
 * "Who took part", the block under an article's headline: each speaker with the role the article
 * states, what they did and where their words are in the text (or that the text does not report
 * them), and beside them the people only mentioned, with their stated roles. A doubt recorded in a
 * person file travels with the person, so the page can flag it beside the name.
 */
import { participantsOf, type CastOf } from '../core/article-people.ts';
import type { Passage } from '../core/body-facts.ts';
import type { Person } from '../core/schemas.ts';

/** A speaker of one article. */
export interface SpeakerPart {
  person: Person;
  /** Role exactly as this article states it. */
  role: string;
  /** What they did, in the article's words. */
  act: string;
  /**
   * Anchors of the passages the text attributes to them (`speech-<id>-<n>`), in body order;
   * empty when the text does not report their words.
   */
  passages: string[];
}

/** A person the article only mentions. */
export interface MentionPart {
  person: Person;
  /** Role as this article states it, when it states one. */
  role?: string | undefined;
}

/** An article's speakers, then the people it only mentions. */
export interface WhoTookPart {
  speakers: SpeakerPart[];
  mentioned: MentionPart[];
  /**
   * Whether the text's passages have been marked: true once it has a `:::speech` passage, or once
   * an archivist has checked its speakers (`speakers` is not in its `review` field). Until then a
   * speaker with no passage is one whose words are not yet marked, not one the text does not quote.
   */
  passagesMarked: boolean;
}

/**
 * Who took part in an article, in frontmatter order, each person once (a mention of someone who
 * also spoke is dropped), with the passages `passages` attributes to each speaker.
 */
export function whoTookPart(
  article: CastOf & { review?: readonly string[] | undefined },
  people: ReadonlyMap<string, Person>,
  passages: readonly Passage[],
): WhoTookPart {
  const speakers: SpeakerPart[] = [];
  const mentioned: MentionPart[] = [];
  for (const { person, as, role, act } of participantsOf(article, people)) {
    if (as === 'speaker') {
      const anchors = passages.filter(({ personId }) => personId === person.id).map(({ anchor }) => anchor);
      speakers.push({ person, role: role ?? '', act: act ?? '', passages: anchors });
    } else {
      mentioned.push({ person, role });
    }
  }
  const passagesMarked = passages.length > 0 || !(article.review ?? []).includes('speakers');
  return { speakers, mentioned, passagesMarked };
}
