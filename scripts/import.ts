/**
 * Imports raw news pages into the archive, one Markdown article per page:
 *
 *   npm run import -- [options] <file or folder>...
 *
 * Folders are searched for `.txt` files. Prints a summary table and every warning; exits 1 when a
 * page failed (the others are still imported), 2 on a usage error. The work is done by the
 * modules in src/import/; this file reads arguments, files and writes results.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/core/content-files.ts';
import { dayOfInstant, isCalendarDay } from '../src/core/dates.ts';
import { isTranslationMethod, TRANSLATION_METHODS } from '../src/core/schemas.ts';
import {
  appendToCollectionFile,
  listFiles,
  readArchiveKnowledge,
  writeNewFile,
} from '../src/import/content-store.ts';
import {
  importPage,
  rememberOutcome,
  sourceYaml,
  themeYaml,
  type ImportOptions,
  type PageOutcome,
} from '../src/import/import-page.ts';
import { formatReport } from '../src/import/summary-table.ts';

const USAGE = `Usage: npm run import -- [options] <file or folder>...

Options:
  --dry-run                 show what would be imported; write nothing
  --no-add-people           do not create content/people/<id>.yaml (marked for review) for names that match nobody
  --no-add-sources          do not add publications the archive does not know to content/sources.yaml
  --content <dir>           content folder (default: ARCHIVE_CONTENT_DIR or ./content)
  --source <id>             source for pages that name none (default: not-stated, created when missing)
  --published <YYYY-MM-DD>  published day for pages that state none
  --theme <id>              theme for pages that no theme keyword matches (default: unclassified)
  --language <tag>          language of the pages (default: en)
  --translated-from <tag>   the pages are translations from this language (default: the source's translation)
  --translation <method>    machine, human or unknown (default: unknown; needs --translated-from)
  --help                    show this help`;

/** Progress lines start when a batch has more pages than this. */
const PROGRESS_FROM = 10;

const BAR_WIDTH = 30;

/**
 * A progress bar on standard error: redrawn in place on a terminal, one line per tenth of the
 * batch otherwise (so a log stays short).
 */
function progress(done: number, total: number, file?: string): void {
  const filled = Math.round((done / total) * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total}`;
  if (process.stderr.isTTY) {
    const line = file === undefined ? bar : `${bar} ${file}`;
    process.stderr.write(
      `\r${line.slice(0, (process.stderr.columns || 80) - 1).padEnd((process.stderr.columns || 80) - 1)}${file === undefined ? '\n' : ''}`,
    );
  } else if (file === undefined || done % Math.max(1, Math.ceil(total / 10)) === 0) {
    process.stderr.write(`importing ${bar}${file === undefined ? '' : ` ${file}`}\n`);
  }
}

function usageError(message: string): never {
  process.stderr.write(`import: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseOptions() {
  try {
    return parseArgs({
      allowPositionals: true,
      allowNegative: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        'add-people': { type: 'boolean', default: true },
        'add-sources': { type: 'boolean', default: true },
        content: { type: 'string' },
        source: { type: 'string' },
        published: { type: 'string' },
        theme: { type: 'string' },
        language: { type: 'string', default: 'en' },
        'translated-from': { type: 'string' },
        translation: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
}

/** The pages named on the command line: files as given, folders searched for `.txt` files. */
function collectPages(paths: readonly string[]): { files: string[]; missing: PageOutcome[] } {
  const files: string[] = [];
  const missing: PageOutcome[] = [];
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      missing.push({ status: 'failed', file: path, reason: `cannot read: ${describeError(error)}` });
      continue;
    }
    if (isFolder) {
      const found = listFiles(path, ['.txt']);
      if (found.length === 0)
        missing.push({ status: 'failed', file: path, reason: 'folder has no .txt files' });
      files.push(...found);
    } else {
      files.push(path);
    }
  }
  return { files, missing };
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or folder (check the path)',
    EACCES: 'permission denied (check the file permissions)',
    EISDIR: 'it is a folder, not a file',
    ELOOP: 'too many symbolic links',
  };
  return (code && reasons[code]) ?? (error as Error).message;
}

async function main(): Promise<number> {
  const { values, positionals } = parseOptions();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) usageError('name at least one file or folder to import');
  const root = values.content?.replace(/\/+$/, '') ?? contentDir(process.env);
  let archive;
  try {
    archive = readArchiveKnowledge(root);
  } catch (error) {
    usageError((error as Error).message);
  }
  if (values.source !== undefined && !archive.sources.some((source) => source.id === values.source)) {
    usageError(
      `--source: "${values.source}" is not in ${root}/sources.yaml; use one of: ${archive.sources.map((source) => source.id).join(', ')}`,
    );
  }
  if (values.theme !== undefined && !archive.themes.some((theme) => theme.id === values.theme)) {
    usageError(
      `--theme: "${values.theme}" is not in ${root}/themes.yaml; use one of: ${archive.themes.map((theme) => theme.id).join(', ')}`,
    );
  }
  if (values.published !== undefined && !isCalendarDay(values.published)) {
    usageError(`--published: "${values.published}" is not a calendar day; write it as YYYY-MM-DD`);
  }
  const method = values.translation ?? 'unknown';
  if (!isTranslationMethod(method)) {
    usageError(`--translation: "${method}" must be one of ${TRANSLATION_METHODS.join(', ')}`);
  }
  if (values.translation !== undefined && values['translated-from'] === undefined) {
    usageError('--translation needs --translated-from <language>, e.g. --translated-from zh');
  }
  const options: ImportOptions = {
    addPeople: values['add-people'],
    addSources: values['add-sources'],
    fallbackSource: values.source,
    fallbackPublished: values.published,
    fallbackTheme: values.theme,
    language: values.language,
    translation:
      values['translated-from'] === undefined ? undefined : { from: values['translated-from'], method },
    today: dayOfInstant(new Date()),
  };
  const dryRun = values['dry-run'];

  let interrupted = false;
  process.once('SIGINT', () => {
    interrupted = true;
  });

  const { files, missing } = collectPages(positionals);
  const outcomes: PageOutcome[] = [...missing];
  const showProgress = files.length > PROGRESS_FROM;
  for (const [index, file] of files.entries()) {
    // Let a Ctrl-C arrive between pages: the page being written is always finished first.
    await new Promise((resolve) => setImmediate(resolve));
    if (interrupted) break;
    if (showProgress) progress(index, files.length, file);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      outcomes.push({ status: 'failed', file, reason: `cannot read: ${describeError(error)}` });
      continue;
    }
    let outcome = importPage(file, bytes, archive, options);
    if (outcome.status === 'imported' && !dryRun) outcome = write(root, outcome, options.today);
    rememberOutcome(archive, outcome);
    outcomes.push(outcome);
  }

  if (showProgress) progress(files.length, files.length);
  process.stdout.write(`${formatReport(outcomes, dryRun)}\n`);
  if (interrupted) {
    process.stderr.write(
      `import: interrupted after ${outcomes.length} of ${files.length} pages; every file written is complete. Run the same command again to import the rest.\n`,
    );
    return 130;
  }
  return outcomes.some((outcome) => outcome.status === 'failed') ? 1 : 0;
}

/** Writes an imported page's new people, new source and article; the article last. */
function write(
  root: string,
  outcome: Extract<PageOutcome, { status: 'imported' }>,
  today: string,
): PageOutcome {
  try {
    for (const person of outcome.newPeople)
      writeNewFile(join(root, 'people', `${person.id}.yaml`), person.yaml);
    if (outcome.newSource)
      appendToCollectionFile(root, 'sources.yaml', sourceYaml(outcome.newSource, outcome.file, today));
    if (outcome.newTheme) appendToCollectionFile(root, 'themes.yaml', themeYaml(outcome.newTheme));
    const path = join(root, 'articles', outcome.path);
    if (!writeNewFile(path, outcome.text)) {
      return {
        status: 'failed',
        file: outcome.file,
        reason: `${path} already exists; nothing overwritten, run the import again to pick a free id`,
      };
    }
    return outcome;
  } catch (error) {
    return { status: 'failed', file: outcome.file, reason: `cannot write: ${describeError(error)}` };
  }
}

// exitCode rather than exit(): a long report written to a pipe is flushed before the process ends.
process.exitCode = await main();
