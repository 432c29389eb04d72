/**
 * The one module that reads the content collections. It turns entries into the plain data of
 * `src/core/schemas.ts`, checks references across collections, and builds every grouping once
 * per build, so pages only look things up.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readBodyFacts, type BodyFacts, type Passage } from '../core/body-facts.ts';
import { originalFileOf } from '../core/content-files.ts';
import { offerOutputFiles } from '../core/output-files.ts';
import { compareDaysNewestFirst } from '../core/dates.ts';
import { ARTICLE_FILE_TYPES, articleFile, articleFiles, type ArticleFileName } from './article-files.ts';
import { buildGlossary, findGlossaryProblems, type GlossaryEntry } from './glossary.ts';
import {
  groupBySource,
  groupByTheme,
  groupByYear,
  type CollectionSubject,
  type YearGroup,
} from './groups.ts';
import type { Archive, Article } from '../core/schemas.ts';
import { pageParam, paginate } from './pagination.ts';
import { buildProfiles, type PersonProfile } from './people.ts';
import { findOriginalProblems, type OriginalText } from './originals.ts';
import { bodyFileOf } from '../core/rendered-bodies.ts';
import { createPageKeys, pageKey } from './page-keys.ts';
import { createArticleIndex } from './related.ts';
import { SITE } from './site.ts';
import { siteOrigin } from './urls.ts';
import { sayingsByPerson, type Saying } from './speech.ts';
import { ContentError, findContentProblems } from './validate.ts';

/** The archive with every grouping the pages need, computed once. */
export interface ArchiveViews {
  archive: Archive;
  /** Day of the newest article, the "last updated" day of pages that have none of their own. */
  lastPublished: string | undefined;
  profiles: Map<string, PersonProfile>;
  byTheme: Map<string, Article[]>;
  bySource: Map<string, Article[]>;
  years: YearGroup[];
  index: ReturnType<typeof createArticleIndex>;
  /** What the Markdown plugins found in each article's body (passages, terms, word count), by article id. */
  bodyFacts: Map<string, BodyFacts>;
  /** The passages an article's text attributes to its speakers (`:::speech`), in body order. */
  passagesOf: (articleId: string) => readonly Passage[];
  /** Passages each person spoke, by person id. */
  sayings: Map<string, Saying[]>;
  /** Every glossary term A to Z with the articles that use it. */
  glossary: GlossaryEntry[];
  /** Original-language texts, by the id of the article they are the original of. */
  originals: Map<string, OriginalText>;
  /**
   * A page's cache key for incremental builds, from the data it shows; articles in it count by
   * their render digest (`createPageKeys`, `src/site/page-keys.ts`).
   */
  pageKey: (...parts: unknown[]) => string;
}

let views: Promise<ArchiveViews> | undefined;
let entries: Map<string, CollectionEntry<'articles'>> | undefined;
let originalEntries: Map<string, CollectionEntry<'originals'>> | undefined;

/**
 * The archive and its groupings, loaded on first use and shared by every page of the build.
 * @throws ContentError listing each broken reference as `file: field: problem`.
 */
export function getArchiveViews(): Promise<ArchiveViews> {
  views ??= loadViews();
  return views;
}

/**
 * The route of one of an article's files (`src/site/article-files.ts`). In `astro dev` it serves
 * the file of every article. In a build it renders no path: it offers every article's files to the
 * build step that writes them while the pages render (`src/integrations/article-files.ts`); each
 * of the four routes makes the same offer, and the step takes the first.
 */
export function articleFileRoute(name: ArticleFileName) {
  const getStaticPaths = (async () => {
    const { archive, pageKey } = await getArchiveViews();
    if (!import.meta.env.DEV) {
      offerOutputFiles(() => articleFiles(archive, siteOrigin, pageKey));
      return [];
    }
    return archive.articles.map((article) => ({ params: { id: article.id }, props: { article } }));
  }) satisfies GetStaticPaths;
  const GET: APIRoute<{ article: Article }> = async ({ props: { article } }) => {
    const { archive } = await getArchiveViews();
    return new Response(articleFile(name, article, archive, siteOrigin), {
      headers: { 'Content-Type': ARTICLE_FILE_TYPES[name] },
    });
  };
  return { getStaticPaths, GET };
}

/** Every theme with its articles, newest first: the paths of a theme's page and of its feed. */
export async function getThemePaths() {
  const { archive, byTheme, pageKey } = await getArchiveViews();
  return [...archive.themes.values()].map((theme) => {
    const articles = byTheme.get(theme.id) ?? [];
    return {
      params: { id: theme.id },
      props: { theme, articles, archive },
      cacheKey: pageKey(theme, articles),
    };
  });
}

/**
 * Every page of every theme's or source's listing (`/themes/<id>/`, `/themes/<id>/page/2/`, ...),
 * `SITE.pageSize` articles a page, newest first. Every page is dated by the listing's newest
 * article: a new article moves every page's contents.
 */
export async function getListingPaths(kind: CollectionSubject['kind']) {
  const { archive, byTheme, bySource, pageKey } = await getArchiveViews();
  const subjects: CollectionSubject[] =
    kind === 'theme'
      ? [...archive.themes.values()].map((theme) => ({ kind: 'theme' as const, theme }))
      : [...archive.sources.values()].map((source) => ({ kind: 'source' as const, source }));
  return subjects.flatMap((subject) => {
    const id = subject.kind === 'theme' ? subject.theme.id : subject.source.id;
    const articles = (subject.kind === 'theme' ? byTheme : bySource).get(id) ?? [];
    const updated = articles[0]?.published;
    return paginate(articles, SITE.pageSize).map((page) => ({
      params: { id, page: pageParam(page.number) },
      props: { subject, page, updated, archive },
      cacheKey: pageKey(subject, page, updated),
    }));
  });
}

/** The rendered HTML of an article's body, for its page. */
export async function getArticleBody(id: string): Promise<string> {
  await getArchiveViews();
  const entry = entries?.get(id);
  if (!entry) throw new Error(`No article with id "${id}"`);
  return readRenderedBody(entry);
}

/** The rendered HTML of an article's original, for the article's page; `undefined` when it has none. */
export async function getOriginalBody(articleId: string): Promise<string | undefined> {
  await getArchiveViews();
  const entry = originalEntries?.get(articleId);
  return entry ? readRenderedBody(entry) : undefined;
}

async function loadViews(): Promise<ArchiveViews> {
  const [articleEntries, originalsFound, personEntries, themeEntries, sourceEntries, glossaryEntries] =
    await Promise.all([
      getCollection('articles'),
      getCollection('originals'),
      getCollection('people'),
      getCollection('themes'),
      getCollection('sources'),
      getCollection('glossary'),
    ]);
  entries = new Map(articleEntries.map((entry) => [entry.id, entry]));
  const problems: string[] = [];
  const bodyFacts = collectBodyFacts(articleEntries, problems);
  const archive: Archive = {
    articles: articleEntries.map((entry) => toArticle(entry, bodyFacts.get(entry.id))).sort(newestFirst),
    people: new Map(personEntries.map(({ id, data }) => [id, { id, ...data }])),
    themes: new Map(themeEntries.map(({ id, data }) => [id, { id, ...data }])),
    sources: new Map(sourceEntries.map(({ id, data }) => [id, { id, ...data }])),
  };
  problems.unshift(
    ...findContentProblems(archive.articles, {
      people: new Set(archive.people.keys()),
      themes: new Set(archive.themes.keys()),
      sources: new Set(archive.sources.keys()),
    }),
  );
  originalEntries = new Map(originalsFound.map((entry) => [entry.id, entry]));
  const originals = new Map(originalsFound.map((entry) => [entry.id, toOriginal(entry)]));
  problems.push(
    ...findOriginalProblems(
      [...originals.values()],
      new Map(archive.articles.map((article) => [article.id, article])),
      (id) => bodyFacts.get(id)?.paragraphCount ?? 0,
    ),
  );
  const glossaryTerms = glossaryEntries.map(({ id, data }) => ({ id, ...data }));
  problems.push(...findGlossaryProblems(glossaryTerms));
  if (problems.length > 0) throw new ContentError(problems);
  const passagesOf = (articleId: string): readonly Passage[] => bodyFacts.get(articleId)?.passages ?? [];
  // An article's file and its original's: what changes when either is edited (the pages' cache keys).
  const digestOf = (articleId: string): string =>
    [entries?.get(articleId), originalEntries?.get(articleId)].map(entryDigest).join(' ');
  return {
    archive,
    lastPublished: archive.articles[0]?.published,
    profiles: buildProfiles(archive),
    byTheme: groupByTheme(archive.articles, archive.themes.keys()),
    bySource: groupBySource(archive.articles, archive.sources.keys()),
    years: groupByYear(archive.articles),
    index: createArticleIndex(archive.articles),
    bodyFacts,
    passagesOf,
    sayings: sayingsByPerson(archive.articles, passagesOf),
    glossary: buildGlossary(glossaryTerms, archive.articles, (id) => bodyFacts.get(id)?.termIds ?? []),
    originals,
    pageKey: createPageKeys(archive, digestOf),
  };
}

/** Astro's digest of an entry's file; without one (a loader that sets none), a digest of its data and body. */
function entryDigest(
  entry: { digest?: string | number | undefined; data: unknown; body?: string | undefined } | undefined,
): string {
  if (!entry) return '';
  return entry.digest === undefined ? pageKey(entry.data, entry.body) : String(entry.digest);
}

/**
 * The rendered HTML of an article's or original's body: from the file the loader keeps it in
 * (`src/loaders/bodies-on-disk.ts`), or from the entry when it holds it.
 * @throws Error naming the file, the missing body and the fix when the body file is gone.
 */
function readRenderedBody(entry: CollectionEntry<'articles'> | CollectionEntry<'originals'>): string {
  const bodyFile = bodyFileOf(entry);
  if (bodyFile === undefined) return entry.rendered?.html ?? '';
  try {
    return readFileSync(bodyFile, 'utf8');
  } catch {
    throw new Error(
      `${entry.filePath ?? entry.id}: rendered body: ${bodyFile} is missing (the cache folder changed during or since the last build); build again with \`astro build --force\``,
    );
  }
}

function toOriginal(entry: CollectionEntry<'originals'>): OriginalText {
  const filePath = entry.filePath ?? `content/articles/${entry.id}`;
  return {
    articleId: entry.id,
    language: originalFileOf(filePath)?.language ?? '',
    filePath,
    paragraphCount: readBodyFacts(entry.rendered?.metadata?.frontmatter)?.paragraphCount ?? 0,
  };
}

/**
 * Reads what the Markdown plugins recorded while Astro rendered each body (kept with the entry,
 * so nothing is rendered again), adding their problems and unrendered bodies to `problems`.
 */
function collectBodyFacts(
  articleEntries: CollectionEntry<'articles'>[],
  problems: string[],
): Map<string, BodyFacts> {
  const facts = new Map<string, BodyFacts>();
  for (const entry of articleEntries) {
    const found = readBodyFacts(entry.rendered?.metadata?.frontmatter);
    if (found) {
      problems.push(...found.problems);
      facts.set(entry.id, found);
    } else {
      problems.push(`${entry.filePath ?? entry.id}: body: could not be rendered; see the error logged above`);
    }
  }
  return facts;
}

function toArticle(entry: CollectionEntry<'articles'>, facts: BodyFacts | undefined): Article {
  return {
    ...entry.data,
    id: entry.id,
    filePath: entry.filePath ?? `content/articles/${entry.id}.md`,
    summary: entry.data.summary ?? facts?.summary ?? '',
  };
}

function newestFirst(a: Article, b: Article): number {
  return compareDaysNewestFirst(a.published, b.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
