/**
 * Finds people in an article's text: known people by name and other spellings, with the role
 * the text gives next to the name and what they did; and names that look like people the
 * archive does not know yet. Everything here is a proposal for an archivist to check.
 */
import { escapeRegExp } from '../core/text.ts';
import { splitSentences } from './sentences.ts';

/** A person the archive knows (`content/people/<id>.yaml`). */
export interface KnownPerson {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** A person found in the text. */
export interface FoundPerson {
  personId: string;
  /** The name as the text writes it (first occurrence). */
  name: string;
  /** Role phrase next to the name, e.g. "Deputy Secretary of the Municipal Party Committee and Mayor". */
  role?: string | undefined;
  /** What they did, when the text says they spoke: "delivered a speech", "presided over the meeting". */
  act?: string | undefined;
}

/** People proposed for an article. */
export interface PeopleProposal {
  /** Known people who spoke, with role and act. */
  speakers: (FoundPerson & { role: string; act: string })[];
  /** Known people referred to, or who spoke but whose role the text does not give. */
  mentions: FoundPerson[];
  /** Names that look like people but match nobody, in order of first appearance. */
  unknownNames: string[];
}

/** Words a role phrase is made of ("Deputy Secretary", "member of the Standing Committee"). */
const ROLE_WORDS = new Set([
  'secretary',
  'deputy',
  'mayor',
  'member',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'vice',
  'president',
  'governor',
  'head',
  'chief',
  'executive',
  'first',
  'general',
  'minister',
  'commissioner',
  'leader',
  'representative',
  'dean',
  'principal',
  'premier',
  'commander',
  'political',
  'commissar',
  'party',
  'cppcc',
  'provincial',
  'municipal',
  'county',
  'district',
  'standing',
  'former',
  'acting',
]);

/** A role phrase must end in one of these when it stands before the name ("Mayor Zhou Pengju"). */
const ROLE_ENDINGS = new Set([
  'secretary',
  'mayor',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'governor',
  'head',
  'chief',
  'minister',
  'commissioner',
  'leader',
  'dean',
  'principal',
  'premier',
  'commander',
  'commissar',
  'member',
  'deputy',
  'representative',
]);

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'in', 'on']);

/** Verbs that make someone a speaker at the event. */
const SPEECH_VERB =
  /\b(delivered|presided|made|said|emphasized|emphasised|stressed|pointed out|conveyed|hosted|chaired|spoke|gave|reported|outlined|highlighted|stated|noted|addressed|led|put forward|demanded|required|urged|announced)\b/;

// An act ends at a clause boundary: punctuation, a conjunction, or "and" before another name.
const ACT_STOP =
  /[,.;:!?]|\s(?:that|to|when|while|which|at|during|on behalf|where|after|before|so)\s|\s(?:and|with)\s+(?=\p{Lu})/u;
const ACT_MAX_WORDS = 5;
const LEAD_IN_MAX_WORDS = 6;
const TRAILING_FILLERS = new Set(['and', 'for', 'of', 'the', 'a', 'an', 'with', 'in', 'by']);

/**
 * Proposes speakers and mentions among `people` for the article text, and lists unknown names.
 * @param text the article body as plain text (paragraphs separated by blank lines).
 */
export function proposePeople(text: string, people: readonly KnownPerson[]): PeopleProposal {
  const sentences = splitSentences(text);
  const found = new Map<string, FoundPerson & { at: number }>();
  const knownSpans: [number, number][] = [];

  for (const person of people) {
    for (const spelling of [person.name, ...person.aliases]) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(spelling)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const match of text.matchAll(pattern)) {
        knownSpans.push([match.index, match.index + match[0].length]);
        const earlier = found.get(person.id);
        if (earlier === undefined || match.index < earlier.at) {
          found.set(person.id, {
            personId: person.id,
            name: match[0],
            at: match.index,
            role: earlier?.role,
            act: earlier?.act,
          });
        }
      }
      for (const sentence of sentences) {
        for (const match of sentence.matchAll(pattern)) {
          const entry = found.get(person.id);
          if (entry === undefined) continue;
          const { role, after } = roleNear(sentence, match.index, match[0].length);
          entry.role ??= role;
          entry.act ??= actAfter(after);
        }
      }
    }
  }

  const ordered = [...found.values()].sort((a, b) => a.at - b.at);
  const speakers: PeopleProposal['speakers'] = [];
  const mentions: FoundPerson[] = [];
  for (const person of ordered) {
    if (person.act !== undefined && person.role !== undefined) {
      speakers.push({ personId: person.personId, name: person.name, role: person.role, act: person.act });
    } else {
      mentions.push({ personId: person.personId, name: person.name, role: person.role });
    }
  }
  return { speakers, mentions, unknownNames: findUnknownNames(text, knownSpans) };
}

/** The role phrase around a name in a sentence, and the text after the name and role. */
function roleNear(sentence: string, start: number, length: number): { role?: string; after: string } {
  let after = sentence.slice(start + length);
  let role: string | undefined;

  // "Zhou Pengju, deputy secretary of the municipal party committee and mayor, made ..."
  if (after.startsWith(',')) {
    const segments: string[] = [];
    let rest = after.slice(1);
    for (;;) {
      const segment = /^\s*([^,;.]+)/.exec(rest)?.[1] ?? '';
      if (!isRoleSegment(segment)) break;
      const verb =
        SPEECH_VERB.exec(segment) ??
        /\b(attended|was|is|has|had|will|also|recently|and (?:attended|delivered|made|presided))\b/.exec(
          segment,
        );
      if (verb) {
        segments.push(segment.slice(0, verb.index).trim());
        rest = segment.slice(verb.index) + rest.slice(rest.indexOf(segment) + segment.length);
        break;
      }
      segments.push(segment.trim());
      rest = rest.slice(rest.indexOf(segment) + segment.length);
      if (!rest.startsWith(',')) break;
      rest = rest.slice(1);
    }
    if (segments.length > 0 && segments.join('') !== '') {
      role = segments.filter(Boolean).join(', ');
      after = rest;
    }
  }

  // "Deputy Secretary of the Municipal Party Committee and Mayor Zhou Pengju attended ..."
  if (role === undefined) role = roleBefore(sentence.slice(0, start));
  return role === undefined ? { after } : { role, after };
}

function isRoleSegment(segment: string): boolean {
  const words = segment
    .trim()
    .replace(/^and\s+/i, '')
    .split(/\s+/);
  return words.length > 0 && ROLE_WORDS.has((words[0] ?? '').toLowerCase());
}

function roleBefore(before: string): string | undefined {
  const words = before.replace(/,\s*$/, '').trimEnd().split(/\s+/);
  const last = (words.at(-1) ?? '').toLowerCase();
  if (!ROLE_ENDINGS.has(last)) return undefined;
  const taken: string[] = [];
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = words[index] ?? '';
    if (/[,;:.“”"()]/.test(word)) break;
    const lower = word.toLowerCase();
    if (/^[A-Z]/.test(word) || ROLE_WORDS.has(lower) || CONNECTORS.has(lower)) taken.unshift(word);
    else break;
  }
  while (taken.length > 0 && (CONNECTORS.has((taken[0] ?? '').toLowerCase()) || taken[0] === 'The'))
    taken.shift();
  return taken.length > 0 ? taken.join(' ') : undefined;
}

function actAfter(after: string): string | undefined {
  const verb = SPEECH_VERB.exec(after);
  if (!verb) return undefined;
  const leadIn = after.slice(0, verb.index);
  if (/[.;:!?]/.test(leadIn) || leadIn.trim().split(/\s+/).filter(Boolean).length > LEAD_IN_MAX_WORDS) {
    return undefined;
  }
  const phrase = after.slice(verb.index);
  const stop = ACT_STOP.exec(phrase);
  const words = (stop ? phrase.slice(0, stop.index) : phrase).trim().split(/\s+/).slice(0, ACT_MAX_WORDS);
  while (words.length > 1 && TRAILING_FILLERS.has(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
}

/** Common Chinese family names in pinyin, for spotting names in translated text. */
const FAMILY_NAMES = new Set(
  (
    'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Gao Lin Luo Zheng Liang ' +
    'Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Jia Ding Wei ' +
    'Xue Ye Yan Lu Du Dai Xia Zhong Fu Shen Ren Yao Jin Tan Liao Fan Shi Qian Qin Hou Shao Meng ' +
    'Long Wan Duan Lei Yin Chang Qiao Hao Kong Bai Cui Kang Mao Qiu Gu Zou Xiong Lai Zang Ge Hai ' +
    'Su Niu Bao Ou Hong Geng Mu Ning Qi Bi Zhan Yue Rao Sui Nie Chu Bian Quan'
  ).split(' '),
);

const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v)';
const GIVEN_NAME = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2}$`, 'i');

/**
 * Two-word names in pinyin ("Hu Tao", "Li Lecheng") that no known person's spelling covers.
 * A name directly followed by another capitalised word ("Lei Feng Memorial Hall") is a place.
 */
export function findUnknownNames(text: string, knownSpans: readonly [number, number][] = []): string[] {
  const names: string[] = [];
  // A look-ahead, so "Mayor Zhou Pengju" is tried at "Mayor" and again at "Zhou".
  for (const match of text.matchAll(
    /(?<![\p{L}\p{N}])(?=([A-Z][a-z]{0,5}) ([A-Z][a-z]{1,11})(?![\p{L}\p{N}]))/gu,
  )) {
    const [, family = '', given = ''] = match;
    const whole = `${family} ${given}`;
    if (!FAMILY_NAMES.has(family) || !GIVEN_NAME.test(given)) continue;
    const end = match.index + whole.length;
    if (knownSpans.some(([from, to]) => match.index < to && end > from)) continue;
    if (/^ [A-Z]/.test(text.slice(end, end + 2))) continue;
    if (!names.includes(whole)) names.push(whole);
  }
  return names;
}
