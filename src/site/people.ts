/**
 * Who appears where: a person's appearances, roles over time and the people they took part with,
 * from the articles.
 */
import { participantsOf, type Participant } from '../core/article-people.ts';
import { attestedDay, compareDaysNewestFirst } from '../core/dates.ts';
import { groupRoles, type RoleGroup } from '../core/roles.ts';
import type { Archive, Article, Person } from '../core/schemas.ts';
import { compareText, countOf } from '../core/text.ts';

/** One article a person appears in: how they took part, the article, and the day it attests. */
export type Appearance = Omit<Participant, 'person'> & {
  article: Article;
  /** The event day when the article gives one, else its publication day (`attestedDay`). */
  day: string;
};

export interface Companion {
  person: Person;
  /** How many articles they share. */
  count: number;
}

export interface PersonProfile {
  person: Person;
  /** Newest first, by the day each attests. */
  appearances: Appearance[];
  /** How many articles they spoke in, and how many only mention them. */
  spoke: number;
  mentioned: number;
  /** Their roles, variants of one wording grouped, oldest first (`groupRoles`). */
  roles: RoleGroup[];
  /** People who also spoke at the events they spoke at, most shared events first. */
  tookPartWith: Companion[];
  /**
   * People named in the same articles when at least one of the two was only mentioned, most
   * shared articles first; never counted as taking part together.
   */
  namedWith: Companion[];
}

/** How many companions each list of a profile shows. */
export const COMPANION_LIMIT = 8;

/**
 * Builds every person's profile in one pass over the articles. People who appear in no article
 * still get a profile, with empty lists.
 */
export function buildProfiles(archive: Archive): Map<string, PersonProfile> {
  const appearancesById = new Map<string, Appearance[]>();
  const together = new Map<string, Map<string, number>>();
  const named = new Map<string, Map<string, number>>();
  for (const person of archive.people.values()) {
    appearancesById.set(person.id, []);
    together.set(person.id, new Map());
    named.set(person.id, new Map());
  }
  for (const article of archive.articles) {
    const day = attestedDay(article);
    const present = participantsOf(article, archive.people);
    for (const { person, as, role, act } of present) {
      appearancesById.get(person.id)?.push({ article, day, as, role, act });
    }
    for (const one of present) {
      for (const other of present) {
        if (other.person.id === one.person.id) continue;
        const counts = (one.as === 'speaker' && other.as === 'speaker' ? together : named).get(one.person.id);
        counts?.set(other.person.id, (counts.get(other.person.id) ?? 0) + 1);
      }
    }
  }
  const profiles = new Map<string, PersonProfile>();
  for (const person of archive.people.values()) {
    const appearances = (appearancesById.get(person.id) ?? []).sort(newestFirst);
    const spoke = appearances.filter((appearance) => appearance.as === 'speaker').length;
    profiles.set(person.id, {
      person,
      appearances,
      spoke,
      mentioned: appearances.length - spoke,
      roles: rolesOverTime(appearances),
      tookPartWith: topCompanions(together.get(person.id) ?? new Map(), archive.people),
      namedWith: topCompanions(named.get(person.id) ?? new Map(), archive.people),
    });
  }
  return profiles;
}

/** The roles `appearances` state, grouped (`groupRoles`), each dated by the days the articles attest. */
export function rolesOverTime(appearances: readonly Appearance[]): RoleGroup[] {
  return groupRoles(
    appearances.flatMap(({ role, day, as }) => (role === undefined ? [] : [{ role, day, as }])),
  );
}

/**
 * How a person takes part in the archive, in plain words: "Spoke at 2 events; mentioned in 7
 * other articles." Never a count of zero.
 */
export function takingPartInWords(profile: Pick<PersonProfile, 'spoke' | 'mentioned'>): string {
  const { spoke, mentioned } = profile;
  if (spoke === 0 && mentioned === 0) return 'No article names them yet.';
  if (mentioned === 0) return `Spoke at ${countOf(spoke, 'event')}.`;
  if (spoke === 0) return `Mentioned in ${countOf(mentioned, 'article')}; spoke at none of the events.`;
  return `Spoke at ${countOf(spoke, 'event')}; mentioned in ${countOf(mentioned, 'other article')}.`;
}

function newestFirst(a: Appearance, b: Appearance): number {
  return (
    compareDaysNewestFirst(a.day, b.day) ||
    compareDaysNewestFirst(a.article.published, b.article.published) ||
    (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0)
  );
}

function topCompanions(counts: Map<string, number>, people: Map<string, Person>): Companion[] {
  return [...counts]
    .flatMap(([id, count]) => {
      const person = people.get(id);
      return person ? [{ person, count }] : [];
    })
    .sort((a, b) => b.count - a.count || byName(a.person, b.person))
    .slice(0, COMPANION_LIMIT);
}

/** A record of the person in an authority file, as a link. */
export interface AuthorityLink {
  /** Name of the authority file, e.g. "Wikidata". */
  authority: string;
  /** The person's id there, e.g. "Q15031". */
  id: string;
  href: string;
}

/** The authority records a person file names (`wikidata`), as links; empty when it names none. */
export function authorityLinks(person: Person): AuthorityLink[] {
  return person.wikidata
    ? [
        {
          authority: 'Wikidata',
          id: person.wikidata,
          href: `https://www.wikidata.org/wiki/${person.wikidata}`,
        },
      ]
    : [];
}

/** Orders people by display name, then id (so namesakes keep a stable order). */
export function byName(a: Person, b: Person): number {
  return compareText(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A letter of the A to Z people index with its people, each with their number of appearances. */
export interface LetterGroup {
  letter: string;
  people: { person: Person; count: number }[];
}

/** Groups people A to Z by the first letter of their display name; names not starting with A-Z go under `#`. */
export function peopleAtoZ(profiles: Iterable<PersonProfile>): LetterGroup[] {
  const groups = new Map<string, LetterGroup>();
  const sorted = [...profiles].sort((a, b) => byName(a.person, b.person));
  for (const { person, appearances } of sorted) {
    const initial = person.name.normalize('NFD').charAt(0).toUpperCase();
    const letter = /^[A-Z]$/.test(initial) ? initial : '#';
    const group = groups.get(letter) ?? { letter, people: [] };
    group.people.push({ person, count: appearances.length });
    groups.set(letter, group);
  }
  return [...groups.values()].sort((a, b) =>
    a.letter === '#' ? 1 : b.letter === '#' ? -1 : compareText(a.letter, b.letter),
  );
}
