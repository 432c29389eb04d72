/**
 * One person's roles over time. Articles state a role in their own words ("Mayor", "the mayor",
 * "Mayor."); wordings that differ only in capitalisation, a leading article ("the", "a", "an"),
 * spacing or punctuation are one role for the person's history, while each article keeps its own
 * wording. Plain data in, plain data out.
 */
import type { Participant } from './article-people.ts';
import { compareDaysOldestFirst } from './dates.ts';
import { compareText } from './text.ts';

/** One article stating a role: its wording, the day it attests, and how the person took part. */
export interface RoleAttestation {
  /** The role exactly as the article states it. */
  role: string;
  /** The day attested: the event day, else the publication day (`attestedDay`). */
  day: string;
  /** Whether they spoke in that article or are only mentioned. */
  as: Participant['as'];
}

/** One exact wording of a role, as articles state it. */
export interface RoleWording {
  wording: string;
  /** How many articles use this wording. */
  count: number;
  first: string;
  last: string;
}

/** A role for a person's history: every wording that normalises to the same key. */
export interface RoleGroup {
  /** The normalised wording every variant shares (`roleKey`). */
  key: string;
  /** The wording shown for the group: the one most articles use, the earliest on a tie. */
  label: string;
  /** Every wording of the group, most used first; one entry when all articles agree. */
  wordings: RoleWording[];
  /** First and last day an article attests the role (not the start or end of a term). */
  first: string;
  last: string;
  /** How many articles state the role. */
  count: number;
  /** Of those, how many the person spoke in, and how many only mention them. */
  spoke: number;
  mentioned: number;
}

const LEADING_ARTICLE = /^(?:the|a|an) /;
const APOSTROPHES = /['’ʼ‘`]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * The key a role is grouped by: Unicode-normalised (NFKC), lower case, apostrophes dropped
 * ("People's" and "Peoples" agree), other punctuation and spacing as one space, a leading "the",
 * "a" or "an" removed. `roleKey('The  Mayor.')` is `mayor`.
 */
export function roleKey(role: string): string {
  let key = roleKeys.get(role);
  if (key === undefined) {
    const words = role
      .normalize('NFKC')
      .toLowerCase()
      .replace(APOSTROPHES, '')
      .replace(NOT_LETTER_OR_DIGIT, ' ')
      .trim()
      .replace(LEADING_ARTICLE, '');
    key = words === '' ? role.trim().toLowerCase() : words;
    roleKeys.set(role, key);
  }
  return key;
}

// The same few thousand wordings recur across a build's articles, pages and structured data.
const roleKeys = new Map<string, string>();

/**
 * Groups the roles `attestations` state by `roleKey`, each with its wordings, its first and last
 * attested day and its counts; oldest group first (by first day, then label A to Z).
 */
export function groupRoles(attestations: Iterable<RoleAttestation>): RoleGroup[] {
  const groups = new Map<string, { group: RoleGroup; wordings: Map<string, RoleWording> }>();
  for (const { role, day, as } of attestations) {
    const key = roleKey(role);
    let entry = groups.get(key);
    if (!entry) {
      entry = {
        group: { key, label: role, wordings: [], first: day, last: day, count: 0, spoke: 0, mentioned: 0 },
        wordings: new Map(),
      };
      groups.set(key, entry);
    }
    const { group, wordings } = entry;
    group.count += 1;
    if (as === 'speaker') group.spoke += 1;
    else group.mentioned += 1;
    if (compareDaysOldestFirst(day, group.first) < 0) group.first = day;
    if (compareDaysOldestFirst(day, group.last) > 0) group.last = day;
    const wording = wordings.get(role);
    if (!wording) {
      wordings.set(role, { wording: role, count: 1, first: day, last: day });
      continue;
    }
    wording.count += 1;
    if (compareDaysOldestFirst(day, wording.first) < 0) wording.first = day;
    if (compareDaysOldestFirst(day, wording.last) > 0) wording.last = day;
  }
  return [...groups.values()]
    .map(({ group, wordings }) => {
      const sorted = [...wordings.values()].sort(
        (a, b) =>
          b.count - a.count || compareDaysOldestFirst(a.first, b.first) || compareText(a.wording, b.wording),
      );
      return { ...group, label: sorted[0]?.wording ?? group.label, wordings: sorted };
    })
    .sort((a, b) => compareDaysOldestFirst(a.first, b.first) || compareText(a.label, b.label));
}
