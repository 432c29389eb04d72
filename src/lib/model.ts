/**
 * The archive as plain data: what `lib/articles.ts` makes of the content collections and what
 * every other module takes and returns. No Astro types here, so tests can build these by hand.
 */

/** A person, one per id however their name or title changes. */
export interface Person {
  id: string;
  name: string;
  aliases: string[];
  originalName?: string | undefined;
  description: string;
}

export interface Theme {
  id: string;
  label: string;
  description: string;
  keywords: string[];
}

export interface Source {
  id: string;
  label: string;
  description: string;
  url?: string | undefined;
  kind?: string | undefined;
}

/** What a theme or source page lists the articles of. */
export type CollectionSubject = { kind: 'theme'; theme: Theme } | { kind: 'source'; source: Source };

/** A person who spoke, with role and act as the article states them. */
export interface Speaker {
  personId: string;
  role: string;
  act: string;
}

/** A person referred to who did not speak. */
export interface Mention {
  personId: string;
  role?: string | undefined;
}

export interface Translation {
  from: string;
  method: 'machine' | 'human' | 'unknown';
  note?: string | undefined;
  originalTitle?: string | undefined;
  originalUrl?: string | undefined;
}

/** A term of translated Chinese political language, from `content/glossary.yaml`. */
export interface GlossaryTerm {
  id: string;
  term: string;
  renderings: string[];
  meaning: string;
  original?: string | undefined;
  related: string[];
}

/** A passage of an article attributed to one speaker by a `:::speech` directive. */
export interface Passage {
  personId: string;
  /** Id of the passage's section in the article page, e.g. `speech-zhou-pengju-1`. */
  anchor: string;
  /** The passage's first sentence, as plain text. */
  opening: string;
}

/** One archived article's metadata (its body is rendered by Astro on its own page). */
export interface Article {
  id: string;
  /** Path of the Markdown file, relative to the project, for error messages. */
  filePath: string;
  title: string;
  published: string;
  eventDate?: string | undefined;
  listed?: string | undefined;
  sourceId: string;
  sourceUrl?: string | undefined;
  language: string;
  translation?: Translation | undefined;
  speakers: Speaker[];
  mentions: Mention[];
  themeIds: string[];
  /** From the frontmatter, or derived from the first paragraph. */
  summary: string;
  /** Second headline under the title, when the source gives one. */
  subtitle?: string | undefined;
  /** The archived copy breaks off mid-sentence. */
  truncated?: boolean | undefined;
}

/** The whole archive, articles newest first, lookups by id. */
export interface Archive {
  articles: Article[];
  people: Map<string, Person>;
  themes: Map<string, Theme>;
  sources: Map<string, Source>;
}
