/**
 * Turns one raw page into an archive article, without touching the disk: decodes, parses, proposes
 * source, people and themes, picks a free id, writes the file text and checks that nothing of the
 * page was lost. The caller writes the result (see `content-store.ts`).
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { REVIEWABLE_FIELDS, type ReviewableField, type TranslationMethod } from '../core/schemas.ts';
import { countOf } from '../core/text.ts';
import {
  NOT_STATED_SOURCE,
  NOT_STATED_SOURCE_ID,
  UNCLASSIFIED_THEME,
  UNCLASSIFIED_THEME_ID,
} from '../core/unknowns.ts';
import { articleFile, type ImportedFrontmatter } from './article-file.ts';
import { findLostText } from './lost-text.ts';
import { parseRawPage, type RawPage } from './parse-raw.ts';
import { proposePeople, type KnownPerson } from './people.ts';
import {
  articleId,
  matchSource,
  proposeThemes,
  slugify,
  uniqueId,
  type KnownSource,
  type KnownTheme,
} from './proposals.ts';
import { decodePage } from './raw-text.ts';
import { findEventDay } from './source-dates.ts';

/** What the archive already holds, as far as an import needs to know. */
export interface ArchiveKnowledge {
  people: KnownPerson[];
  themes: KnownTheme[];
  sources: KnownSource[];
  /** Every article id in use (ids are unique across year folders). */
  articleIds: Set<string>;
  /** Content hash of each imported page → id of its article. */
  hashes: Map<string, string>;
}

/** Choices the archivist makes for a whole batch. */
export interface ImportOptions {
  /** Create person files for likely names that match nobody, and list them in the article. */
  addPeople: boolean;
  /** Add publications the archive does not know to `sources.yaml`. */
  addSources: boolean;
  /** Source id for pages that name none. */
  fallbackSource?: string | undefined;
  /** Published day for pages that state none. */
  fallbackPublished?: string | undefined;
  /** Theme id for pages no theme keyword matches. */
  fallbackTheme?: string | undefined;
  /** Language of the pages (BCP 47). */
  language: string;
  /** Set when the pages are translations; else each page takes its source's `translation`. */
  translation?: { from: string; method: TranslationMethod } | undefined;
  /** The day of the import (`YYYY-MM-DD`), recorded as `imported`; the caller reads the clock. */
  today: string;
}

/** A person file the import creates. */
export interface NewPerson {
  id: string;
  name: string;
  /** The file's YAML text. */
  yaml: string;
}

/** What importing one page came to. */
export type PageOutcome =
  | {
      status: 'imported';
      file: string;
      id: string;
      /** Path of the article under the articles folder: `<year>/<id>.md`. */
      path: string;
      text: string;
      contentHash: string;
      title: string;
      published: string;
      eventDate?: string | undefined;
      listed?: string | undefined;
      sourceId: string;
      /** Names of the people the article lists, speakers first. */
      people: string[];
      /** Likely names that match nobody (and were not added). */
      unknownNames: string[];
      newPeople: NewPerson[];
      newSource?: KnownSource | undefined;
      /** Set when the page made the importer add the "unclassified" theme. */
      newTheme?: KnownTheme | undefined;
      warnings: string[];
    }
  | { status: 'already-imported'; file: string; id: string; contentHash: string }
  | { status: 'failed'; file: string; reason: string };

/** SHA-256 of the page's bytes, as stored in an article's `contentHash`. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Imports one page. Never throws for a bad page: the outcome says why it failed, with the fix.
 * @param file the page's path, for messages.
 */
export function importPage(
  file: string,
  bytes: Uint8Array,
  archive: ArchiveKnowledge,
  options: ImportOptions,
): PageOutcome {
  const hash = contentHash(bytes);
  const existing = archive.hashes.get(hash);
  if (existing !== undefined) return { status: 'already-imported', file, id: existing, contentHash: hash };
  const fail = (reason: string): PageOutcome => ({ status: 'failed', file, reason });

  const decoded = decodePage(bytes);
  if (!decoded.ok) return fail(decoded.reason);
  let page: RawPage;
  try {
    page = parseRawPage(decoded.text, { sourceNames: archive.sources.map((source) => source.label) });
  } catch (error) {
    return fail((error as Error).message);
  }
  const warnings = [...decoded.warnings, ...page.warnings];
  const review = new Set<ReviewableField>();

  let source = page.sourceName === undefined ? undefined : matchSource(page.sourceName, archive.sources);
  let newSource: KnownSource | undefined;
  if (source === undefined && page.sourceName !== undefined) {
    if (!options.addSources) {
      return fail(
        `source: "${page.sourceName}" is not in sources.yaml; add it there, or rerun without --no-add-sources`,
      );
    }
    const id = uniqueId(slugify(page.sourceName) || 'source', (candidate) =>
      archive.sources.some((known) => known.id === candidate),
    );
    newSource = { id, label: page.sourceName };
    source = newSource;
    warnings.push(`added source "${id}" (${page.sourceName}) to sources.yaml; describe it there`);
    review.add('source');
  }
  if (source !== undefined && page.sourceFrom === 'text') {
    warnings.push(
      `the source "${page.sourceName ?? ''}" is named in the text, not in a source line; check it`,
    );
    review.add('source');
  }
  if (source === undefined && options.fallbackSource !== undefined) {
    source = archive.sources.find((known) => known.id === options.fallbackSource);
    if (source !== undefined) warnings.push(`the page names no source; used --source ${source.id}`);
  }
  if (source === undefined) {
    source = archive.sources.find((known) => known.id === NOT_STATED_SOURCE_ID);
    if (source === undefined) {
      newSource = { id: NOT_STATED_SOURCE_ID, label: NOT_STATED_SOURCE.label };
      source = newSource;
    }
    warnings.push(
      `the page names no source; filed under "${NOT_STATED_SOURCE_ID}" (not stated in the archived copy)`,
    );
  }
  if (page.sourceName === undefined) review.add('source');

  let published = page.published;
  if (published === undefined && page.listed !== undefined) {
    published = page.listed;
    warnings.push('no Date line: published is the listing stamp, which can be a day late');
    review.add('published');
  }
  if (published === undefined && options.fallbackPublished !== undefined) {
    published = options.fallbackPublished;
    warnings.push(`the page states no date; used --published ${published}`);
    review.add('published');
  }
  if (published === undefined && page.ambiguousDate !== undefined) {
    const [first, second] = page.ambiguousDate.candidates;
    return fail(
      `published: "${page.ambiguousDate.text}" could be ${first} or ${second} and nothing on the page settles it; rerun with --published YYYY-MM-DD`,
    );
  }
  if (published === undefined)
    return fail('published: the page states no readable date; rerun with --published YYYY-MM-DD');
  if (page.publishedFrom === 'settled') review.add('published');

  const paragraphs = page.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
  const eventDate = findEventDay(paragraphs.slice(0, 2).join(' '), published)?.day;
  if (eventDate !== undefined) review.add('eventDate');

  const bodyText = page.blocks.map((block) => block.text).join('\n\n');
  let people = proposePeople(bodyText, archive.people);
  const newPeople: NewPerson[] = [];
  if (options.addPeople && people.unknownNames.length > 0) {
    const taken = new Set(archive.people.map((person) => person.id));
    const added = people.unknownNames.map((name) => {
      const id = uniqueId(slugify(name), (candidate) => taken.has(candidate));
      taken.add(id);
      return { id, name, aliases: [] };
    });
    people = proposePeople(bodyText, [...archive.people, ...added]);
    const roles = new Map(
      [...people.speakers, ...people.mentions].map((found) => [found.personId, found.role]),
    );
    for (const person of added)
      newPeople.push({ ...person, yaml: personYaml(person.name, roles.get(person.id), file, options.today) });
  }
  if (people.speakers.length > 0) review.add('speakers');
  if (people.mentions.length > 0) review.add('mentions');
  if (people.unknownNames.length > 0)
    warnings.push(
      `people not in the archive: ${people.unknownNames.join(', ')} (rerun with --add-people to add them)`,
    );
  if (newPeople.length > 0)
    warnings.push(
      `added ${countOf(newPeople.length, 'person', 'people')} for review: ${newPeople.map((person) => person.id).join(', ')}`,
    );

  let themes = proposeThemes(`${page.title}\n\n${bodyText}`, archive.themes);
  let newTheme: KnownTheme | undefined;
  if (themes.length === 0 && options.fallbackTheme !== undefined) {
    themes = [options.fallbackTheme];
    warnings.push(`no theme keyword matched; used --theme ${options.fallbackTheme}`);
  }
  if (themes.length === 0) {
    if (!archive.themes.some((theme) => theme.id === UNCLASSIFIED_THEME_ID))
      newTheme = { id: UNCLASSIFIED_THEME_ID, keywords: [] };
    themes = [UNCLASSIFIED_THEME_ID];
    warnings.push(`no theme keyword matched; filed under "${UNCLASSIFIED_THEME_ID}"`);
  }
  review.add('themes');

  if (page.titleOrigin === 'derived') {
    warnings.push('the page has no title; made one from the first sentence');
    review.add('title');
  } else if (page.headlineCount > 1) {
    warnings.push(
      `chose the title among ${page.headlineCount} headline lines; the others are kept as sub-headlines`,
    );
    review.add('title');
  }
  if (page.truncated) warnings.push('the text breaks off mid-sentence; kept as it is and marked truncated');

  const id = articleId(published, page.title, (candidate) => archive.articleIds.has(candidate));
  const frontmatter: ImportedFrontmatter = {
    title: page.title,
    titleDerived: page.titleOrigin === 'derived' ? true : undefined,
    subtitle: page.subtitle,
    published,
    eventDate,
    listed: page.listed,
    source: source.id,
    language: options.language,
    translation: options.translation ?? source.translation,
    editor: page.editor,
    views: page.views,
    speakers: people.speakers.map(({ personId, role, act }) => ({ person: personId, role, act })),
    mentions: people.mentions.map(({ personId, role }) => ({ person: personId, role })),
    themes,
    truncated: page.truncated ? true : undefined,
    contentHash: hash,
    review: REVIEWABLE_FIELDS.filter((field) => review.has(field)),
    imported: options.today,
  };
  const text = articleFile(frontmatter, page.blocks);

  const lost = findLostText(decoded.text, text, { sourceLabel: source.label });
  if (lost.length > 0) {
    return fail(`the import would lose text at ${lost.join('; ')}; nothing written, please report this page`);
  }

  const names = new Map([...archive.people, ...newPeople].map((person) => [person.id, person.name]));
  return {
    status: 'imported',
    file,
    id,
    path: `${published.slice(0, 4)}/${id}.md`,
    text,
    contentHash: hash,
    title: page.title,
    published,
    eventDate,
    listed: page.listed,
    sourceId: source.id,
    people: [...people.speakers, ...people.mentions].map((found) => names.get(found.personId) ?? found.name),
    unknownNames: options.addPeople ? [] : people.unknownNames,
    newPeople,
    newSource,
    newTheme,
    warnings,
  };
}

/**
 * Adds what an imported page created to `archive`, so the next page of the batch sees its id,
 * hash, people and source.
 */
export function rememberOutcome(archive: ArchiveKnowledge, outcome: PageOutcome): void {
  if (outcome.status !== 'imported') return;
  archive.articleIds.add(outcome.id);
  archive.hashes.set(outcome.contentHash, outcome.id);
  for (const person of outcome.newPeople)
    archive.people.push({ id: person.id, name: person.name, aliases: [] });
  if (outcome.newSource) archive.sources.push(outcome.newSource);
  if (outcome.newTheme) archive.themes.push(outcome.newTheme);
}

/** The YAML of a person file the importer creates, marked for review. */
export function personYaml(name: string, role: string | undefined, file: string, today: string): string {
  const fileName = file.split('/').at(-1) ?? file;
  const description = role
    ? `Named in an imported page (${fileName}) as ${role}. Written by the importer: check and describe who this is.`
    : `Named in an imported page (${fileName}). Written by the importer: check and describe who this is.`;
  return quoteImportDay(
    stringify({ name, description, review: ['name', 'description'], imported: today }, { lineWidth: 0 }),
  );
}

/** The YAML appended to `sources.yaml` for a publication the importer adds, marked for review. */
export function sourceYaml(source: KnownSource, file: string, today: string): string {
  const fileName = file.split('/').at(-1) ?? file;
  const entry =
    source.id === NOT_STATED_SOURCE_ID
      ? { ...NOT_STATED_SOURCE, imported: today }
      : {
          label: source.label,
          description: `Named as the source of an imported page (${fileName}). Written by the importer: describe this publication.`,
          review: ['description'],
          imported: today,
        };
  return quoteImportDay(stringify({ [source.id]: entry }, { lineWidth: 0 }));
}

/** Quotes the `imported:` day, as the content schema wants every day (unquoted YAML days become timestamps). */
function quoteImportDay(yaml: string): string {
  return yaml.replace(/^(\s*imported: )(\d{4}-\d{2}-\d{2})$/m, "$1'$2'");
}

/** The YAML appended to `themes.yaml` for the "unclassified" theme. */
export function themeYaml(theme: KnownTheme): string {
  return stringify({ [theme.id]: UNCLASSIFIED_THEME }, { lineWidth: 0, flowCollectionPadding: false });
}
