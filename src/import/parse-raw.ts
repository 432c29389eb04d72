/**
 * Reads a raw news page (text copied from a news site, one paragraph per line) into its parts:
 * title, dates, source, editor, view count, sub-headlines and paragraphs. Page furniture is
 * dropped, but only when it matches `FURNITURE` exactly; every other line ends up in a field or
 * in `blocks`. Pure: text in, data out.
 */
import { firstSentence } from './sentences.ts';
import {
  parseSourceDay,
  type DayReading,
  readDateline,
  readDayValue,
  settleAmbiguousDay,
  TIME_OF_DAY,
} from './source-dates.ts';

/** Lines (or line starts) that are page furniture, not article text. The only text an import drops. */
export const FURNITURE: readonly { name: string; pattern: RegExp }[] = [
  { name: 'font size switcher', pattern: /^Text Size:\s*Large\s+Medium\s+Small\s*$/i },
  { name: 'author byline of the site software', pattern: /^by admin\s*$/i },
  { name: 'breadcrumb start', pattern: /^Home\s*(?:[»›>]|News\b)\s*/ },
  { name: 'time of day after the published date', pattern: TIME_OF_DAY },
];

/** Labels a page writes before a value; the value goes to a frontmatter field. */
export const LABELS: readonly { field: LabelField; pattern: RegExp }[] = [
  { field: 'listed', pattern: /^\s*date(?=\s+\d{4}-\d{2}-\d{2})\s+/ },
  { field: 'published', pattern: /^(?:Date|Release time|Published):\s*/i },
  { field: 'views', pattern: /^Views:\s*/i },
  { field: 'source', pattern: /^Source(?: of information)?:\s*/i },
  { field: 'editor', pattern: /^(?:Responsible editor|Editor in charge|Editor):\s*/i },
  { field: 'title', pattern: /^Title:\s*/i },
  { field: 'subtitle', pattern: /^Subtitle:\s*/i },
];

type LabelField = 'listed' | 'published' | 'views' | 'source' | 'editor' | 'title' | 'subtitle';

/** A block of the article body, in page order. */
export interface Block {
  /** `subheadline` for the short headline lines before the first paragraph. */
  kind: 'subheadline' | 'paragraph';
  text: string;
}

/** Where the title came from; anything but `label`, `breadcrumb` and `headline` is a guess. */
export type TitleOrigin = 'label' | 'breadcrumb' | 'headline' | 'derived';

/** What a raw page says, field by field. */
export interface RawPage {
  title: string;
  titleOrigin: TitleOrigin;
  /** Headline-like lines the title was chosen from (more than one means: check the choice). */
  headlineCount: number;
  subtitle?: string | undefined;
  /** From a `Date:` / `Release time:` line or a `Source - date` line. */
  published?: string | undefined;
  /** The leading ` date YYYY-MM-DD` stamp of the listing page. */
  listed?: string | undefined;
  /** Where `published` came from: a date line of the header, or a dateline opening the text. */
  publishedFrom?: 'header' | 'dateline' | 'settled' | undefined;
  /** A numeric date such as 05/01/2023 that could be either day, when nothing on the page settles it. */
  ambiguousDate?: { text: string; candidates: [string, string] } | undefined;
  /** The source as the page names it, e.g. "Fuxin News Network". */
  sourceName?: string | undefined;
  /** Where `sourceName` came from: a header line, or the article text ("… Daily reported that"). */
  sourceFrom?: 'header' | 'text' | undefined;
  editor?: string | undefined;
  views?: number | undefined;
  blocks: Block[];
  /** The text stops mid-sentence. */
  truncated: boolean;
  warnings: string[];
}

/** What the parser needs to know about the archive. */
export interface ParseContext {
  /** Labels of known sources, so a bare "Fuxin News Network" line is read as the source. */
  sourceNames: readonly string[];
}

/** A line that ends a sentence: punctuation, then perhaps closing quotes or brackets. */
const SENTENCE_END = /[.!?。！？…]["”'’)）\]]*$/;
const HEADLINE_MAX = 300;
const SOURCE_LIKE =
  /^(?:[A-Z][\w&'’.-]*\s+){0,5}(?:News(?: Network| Agency)?|Daily|Times|Post|Radio|Television|TV|Net|Online|Gazette|Press|Network)$/;
const CREDIT_LINE = /^[A-Z][A-Za-z ]{2,30}:\s+\S/;
const SOURCE_LABEL = /^Source(?: of information)?:\s*(.+)$/i;
/** Words a publication's name ends in. */
const PUBLICATION_END =
  '(?:News(?: Network| Agency| Net)?|Daily|Times|Post|Radio|Television|TV|Net|Online|Gazette|Press|Network|Newspaper)';
/** A publication named as the teller in the text: "Liaoning Daily reported that", "according to Xinhua News Agency". */
const SOURCE_IN_TEXT = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}’'&-]*\\s+){0,4}${PUBLICATION_END})\\s+(?:reported|reports|has reported|learned|learnt)\\b)|(?:\\b[Aa]ccording to (?:the )?((?:\\p{Lu}[\\p{L}’'&-]*\\s+){0,4}${PUBLICATION_END})(?![\\p{L}\\p{N}]))`,
  'u',
);

/** A short name that reads as a publication's ("Liaoning Daily", "Xinhua News Agency"), not a sentence. */
function isPublicationName(text: string): boolean {
  return text.length <= 80 && !SENTENCE_END.test(text.trim());
}

/**
 * Splits a raw page into fields and body blocks.
 * @throws Error when the page has no article text at all (only header lines).
 */
export function parseRawPage(text: string, context: ParseContext): RawPage {
  const knownSources = new Set(context.sourceNames.map(normalise));
  const lines = text.split('\n').flatMap(splitLabelledLine);
  const warnings: string[] = [];
  const fields: {
    title?: string;
    titleOrigin?: TitleOrigin;
    subtitle?: string;
    published?: string;
    listed?: string;
    sourceName?: string;
    editor?: string;
    views?: number;
  } = {};
  // Blocks in page order; headline lines are `subheadline` until one of them is chosen as the title.
  const blocks: Block[] = [];
  const isHeadline = (line: string) =>
    blocks.some((block) => block.kind === 'subheadline' && normalise(block.text) === normalise(line));
  let inHeader = true;
  let afterDateLine = false;
  let ambiguousDate: RawPage['ambiguousDate'];
  let publishedFrom: RawPage['publishedFrom'];
  let sourceFrom: RawPage['sourceFrom'];

  const stamp = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+(.*))?$/.exec(lines[0] ?? '');
  const listed = stamp ? parseSourceDay(stamp[1] ?? '') : undefined;
  if (stamp && listed !== undefined) {
    fields.listed = listed;
    lines[0] = stamp[2] ?? '';
  }

  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === '') continue;
    if (!inHeader) {
      // "Source: Liaoning Daily" below the text names the source when the header did not.
      const credit = SOURCE_LABEL.exec(line);
      if (credit && fields.sourceName === undefined && isPublicationName(credit[1] ?? '')) {
        fields.sourceName = (credit[1] ?? '').trim();
        sourceFrom = 'header';
        continue;
      }
      blocks.push({ kind: 'paragraph', text: line });
      continue;
    }
    if (FURNITURE.some(({ pattern }) => pattern.test(line) && line.replace(pattern, '') === '')) continue;

    const breadcrumb = /^Home\s*(?:[»›>]|News\b)\s*(.+)$/.exec(line);
    if (breadcrumb) {
      const rest = breadcrumb[1] ?? '';
      const suffix = /^(.+)_([A-Z][^_]{1,60})$/.exec(rest);
      const title = suffix ? (suffix[1] ?? '').trim() : rest.trim();
      if (suffix && fields.sourceName === undefined) fields.sourceName = (suffix[2] ?? '').trim();
      if (fields.title === undefined) {
        fields.title = title;
        fields.titleOrigin = 'breadcrumb';
      } else if (normalise(title) !== normalise(fields.title) && !isHeadline(title)) {
        blocks.push({ kind: 'subheadline', text: title });
      }
      continue;
    }

    const label = LABELS.find(({ field, pattern }) => field !== 'listed' && pattern.test(line));
    if (label) {
      const value = line.replace(label.pattern, '').trim();
      if (value !== '' && takeLabel(label.field, value)) {
        afterDateLine = label.field === 'published';
        continue;
      }
      warnings.push(`kept "${line}" as text: could not read it as ${label.field}`);
      blocks.push({ kind: 'paragraph', text: line });
      inHeader = false;
      continue;
    }

    // A date (perhaps with a time) alone on a line: "2023-01-05 15:02", "September 26, 2023".
    const dateAlone = line.length <= 40 ? readDayValue(line) : undefined;
    if (dateAlone !== undefined && takeDay(dateAlone)) {
      afterDateLine = true;
      continue;
    }

    const sourceAndDate = /^(.{2,60}?)\s*[-–—]\s*(\S.{5,30})$/.exec(line);
    if (sourceAndDate && !/[.!?]/.test(sourceAndDate[1] ?? '')) {
      const reading = readDayValue(sourceAndDate[2] ?? '');
      if (reading !== undefined && fields.published === undefined && fields.sourceName === undefined) {
        fields.sourceName = (sourceAndDate[1] ?? '').trim();
        takeDay(reading);
        continue;
      }
    }

    if (
      fields.sourceName === undefined &&
      (knownSources.has(normalise(line)) || (afterDateLine && SOURCE_LIKE.test(line)))
    ) {
      fields.sourceName = line;
      continue;
    }
    afterDateLine = false;

    if (fields.title !== undefined && normalise(line) === normalise(fields.title)) continue;
    if (fields.subtitle !== undefined && normalise(line) === normalise(fields.subtitle)) continue;

    if (line.length <= HEADLINE_MAX && !SENTENCE_END.test(line) && !CREDIT_LINE.test(line)) {
      // A headline printed twice (page title, then article title) is kept once.
      if (!isHeadline(line)) blocks.push({ kind: 'subheadline', text: line });
      continue;
    }
    // A credit such as "Photography: Sun Ke" is text, but the lede may still follow.
    if (!CREDIT_LINE.test(line) || SENTENCE_END.test(line)) inHeader = false;
    blocks.push({ kind: 'paragraph', text: line });
  }

  /** Takes a date of the header as the published day; false when another day was taken already. */
  function takeDay(reading: DayReading): boolean {
    if ('ambiguous' in reading) {
      if (fields.published !== undefined) return reading.ambiguous.includes(fields.published);
      ambiguousDate ??= { text: reading.text, candidates: reading.ambiguous };
      return true;
    }
    if (fields.published !== undefined) return fields.published === reading.day;
    fields.published = reading.day;
    publishedFrom = 'header';
    return true;
  }

  function takeLabel(field: LabelField, value: string): boolean {
    switch (field) {
      case 'published': {
        const reading = readDayValue(value);
        return reading !== undefined && takeDay(reading);
      }
      case 'views': {
        if (!/^\d{1,3}(?:,?\d{3})*$/.test(value)) return false;
        fields.views = Number(value.replace(/,/g, ''));
        return true;
      }
      case 'title':
        if (fields.title !== undefined && fields.titleOrigin === 'label')
          return normalise(value) === normalise(fields.title);
        if (fields.title !== undefined) blocks.unshift({ kind: 'subheadline', text: fields.title });
        fields.title = value;
        fields.titleOrigin = 'label';
        return true;
      case 'source':
      case 'editor':
      case 'subtitle': {
        const key = field === 'source' ? 'sourceName' : field;
        const earlier = fields[key];
        if (earlier !== undefined) return normalise(earlier) === normalise(value);
        fields[key] = value;
        return true;
      }
      default:
        return false;
    }
  }

  const paragraphTexts = blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
  const dateline = paragraphTexts[0] === undefined ? undefined : readDateline(paragraphTexts[0]);
  if (dateline !== undefined) {
    if (fields.published === undefined && ambiguousDate === undefined) {
      fields.published = dateline.day;
      publishedFrom = 'dateline';
    }
    if (fields.sourceName === undefined && dateline.sourceName !== undefined) {
      fields.sourceName = dateline.sourceName;
      sourceFrom = 'text';
    }
  }
  if (fields.published === undefined && ambiguousDate !== undefined) {
    const settled = settleAmbiguousDay(ambiguousDate.candidates, {
      listed: fields.listed,
      text: [fields.title ?? '', ...blocks.map((block) => block.text)].join('\n'),
    });
    if (settled !== undefined) {
      fields.published = settled;
      publishedFrom = 'settled';
      warnings.push(
        `read the date "${ambiguousDate.text}" as ${settled}, the reading the rest of the page supports; check it`,
      );
      ambiguousDate = undefined;
    }
  }
  if (fields.sourceName === undefined) {
    const named = paragraphTexts
      .map((text) => {
        const match = SOURCE_IN_TEXT.exec(text);
        return match?.[1] ?? match?.[2];
      })
      .find((name) => name !== undefined);
    if (named !== undefined) {
      fields.sourceName = named.trim();
      sourceFrom = 'text';
    }
  }

  const headlineCount = blocks.filter((block) => block.kind === 'subheadline').length;
  let title = fields.title;
  let titleOrigin: TitleOrigin = fields.titleOrigin ?? 'headline';
  if (title === undefined && headlineCount > 0) {
    const first = blocks.findIndex((block) => block.kind === 'subheadline');
    title = blocks.splice(first, 1)[0]?.text;
  }
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
  if (paragraphs.length === 0) {
    // Headline lines that never met a paragraph are the article's only text.
    const last = blocks.at(-1);
    if (last === undefined) throw new Error('no article text: the page has only header lines');
    last.kind = 'paragraph';
  }
  if (title === undefined) {
    title = deriveTitle(blocks.find((block) => block.kind === 'paragraph')?.text ?? '');
    titleOrigin = 'derived';
  }
  const truncated = !SENTENCE_END.test(blocks.at(-1)?.text ?? '');

  return {
    title,
    titleOrigin,
    headlineCount: titleOrigin === 'headline' ? headlineCount : 0,
    subtitle: fields.subtitle,
    published: fields.published,
    publishedFrom: fields.published === undefined ? undefined : (publishedFrom ?? 'header'),
    ambiguousDate: fields.published === undefined ? ambiguousDate : undefined,
    listed: fields.listed,
    sourceName: fields.sourceName,
    sourceFrom: fields.sourceName === undefined ? undefined : (sourceFrom ?? 'header'),
    editor: fields.editor,
    views: fields.views,
    blocks,
    truncated,
    warnings,
  };
}

/** Where a second label starts on a line: "Release time: 2023-01-05 Source: Fuxin Daily". */
const NEXT_LABEL =
  /\s+(?=(?:Date|Release time|Published|Source(?: of information)?|Views|Responsible editor|Editor in charge|Editor):)/i;

/**
 * A header line holding several labels ("Release time: 2023-01-05 Source: Fuxin Daily Views: 12")
 * as one line per label; any other line as it is.
 */
export function splitLabelledLine(line: string): string[] {
  const segments = line.trim().split(NEXT_LABEL);
  const labelled = (segment: string) =>
    LABELS.some(({ field, pattern }) => field !== 'listed' && pattern.test(segment));
  return segments.length > 1 && segments.every(labelled) ? segments : [line];
}

/** Longest derived title, in words. */
const DERIVED_TITLE_WORDS = 14;

/**
 * A title made from the lede when the page has none: its first sentence without the leading
 * "On January 18," clause, cut at a word with an ellipsis when long.
 */
export function deriveTitle(lede: string): string {
  const sentence = firstSentence(lede).replace(/[.!?;]$/, '');
  const withoutDay = sentence.replace(
    /^(?:Recently,\s*)?On (?:the (?:morning|afternoon|evening|night) of )?[A-Z][a-z]+ \d{1,2}(?:,? \d{4})?,\s*/,
    '',
  );
  const text = withoutDay.charAt(0).toUpperCase() + withoutDay.slice(1);
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= DERIVED_TITLE_WORDS) return words.join(' ');
  return `${words
    .slice(0, DERIVED_TITLE_WORDS)
    .join(' ')
    .replace(/[,;:]$/, '')}…`;
}

/** Compares lines ignoring case, spacing and curly versus straight quotes. */
export function normalise(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}
