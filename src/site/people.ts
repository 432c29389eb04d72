/** Who appears where: a person's appearances, roles over time and companions, from the articles. */
import { compareDaysNewestFirst } from '../core/dates.ts';
import { participantsOf, type Participant } from '../core/article-people.ts';
import type { Archive, Article, Person } from '../core/schemas.ts';
import { compareText } from '../core/text.ts';

/** One article a person appears in: how they took part, and the article. */
export type Appearance = Omit<Participant, 'person'> & { article: Article };

/** A role as the articles state it, with the first and last day it was stated. */
export interface RoleSpan {
  role: string;
  first: string;
  last: string;
  /** In how many articles it was stated. */
  count: number;
}

export interface Companion {
  person: Person;
  /** How many articles they share. */
  count: number;
}

export interface PersonProfile {
  person: Person;
  /** Newest first. */
  appearances: Appearance[];
  /** Oldest first, by the day each role was first stated. */
  roles: RoleSpan[];
  /** People they most often appear with, most shared articles first. */
  companions: Companion[];
}

/** How many companions a profile lists. */
export const COMPANION_LIMIT = 8;

/**
 * Builds every person's profile in one pass over the articles. People who appear in no article
 * still get a profile, with empty lists.
 */
export function buildProfiles(archive: Archive): Map<string, PersonProfile> {
  const appearancesById = new Map<string, Appearance[]>();
  const companionCounts = new Map<string, Map<string, number>>();
  for (const person of archive.people.values()) {
    appearancesById.set(person.id, []);
    companionCounts.set(person.id, new Map());
  }
  for (const article of archive.articles) {
    const present: string[] = [];
    for (const { person, as, role, act } of participantsOf(article, archive.people)) {
      appearancesById.get(person.id)?.push({ article, as, role, act });
      present.push(person.id);
    }
    for (const id of present) {
      const counts = companionCounts.get(id);
      if (!counts) continue;
      for (const other of present) {
        if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
  }
  const profiles = new Map<string, PersonProfile>();
  for (const person of archive.people.values()) {
    const appearances = (appearancesById.get(person.id) ?? []).sort((a, b) =>
      compareDaysNewestFirst(a.article.published, b.article.published),
    );
    profiles.set(person.id, {
      person,
      appearances,
      roles: rolesOverTime(appearances),
      companions: topCompanions(companionCounts.get(person.id) ?? new Map(), archive.people),
    });
  }
  return profiles;
}

/**
 * Groups the roles stated in `appearances` (case and spacing aside) with the first and last day
 * each was stated, oldest first. The wording shown is the earliest one.
 */
export function rolesOverTime(appearances: readonly Appearance[]): RoleSpan[] {
  const byKey = new Map<string, RoleSpan>();
  for (const { role, article } of appearances) {
    if (role === undefined) continue;
    const key = role.toLowerCase().replace(/\s+/g, ' ').trim();
    const day = article.published;
    const span = byKey.get(key);
    if (!span) {
      byKey.set(key, { role, first: day, last: day, count: 1 });
      continue;
    }
    span.count += 1;
    if (day < span.first) {
      span.first = day;
      span.role = role;
    }
    if (day > span.last) span.last = day;
  }
  return [...byKey.values()].sort((a, b) =>
    a.first < b.first ? -1 : a.first > b.first ? 1 : compareText(a.role, b.role),
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
