/**
 * Lists everything in the archive awaiting review, as a table (kind, id, fields, since when):
 *
 *   npm run review -- [--content <dir>]
 *
 * The entries come from the `review` and `imported` fields the importer writes; the logic is in
 * src/core/review.ts and src/import/review-table.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/core/content-files.ts';
import { dayOfInstant } from '../src/core/dates.ts';
import { reviewCountLine, reviewItems } from '../src/core/review.ts';
import { listFiles } from '../src/import/content-store.ts';
import { formatReviewTable } from '../src/import/review-table.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const root = values.content?.replace(/\/+$/, '') ?? contentDir(process.env);
if (!existsSync(root)) {
  process.stderr.write(`review: ${root} is not a folder; name the content folder with --content <dir>\n`);
  process.exit(2);
}
const paths = [
  ...listFiles(join(root, 'articles'), ['.md']),
  ...listFiles(join(root, 'people'), ['.yaml', '.yml']),
  ...[join(root, 'sources.yaml')].filter((path) => existsSync(path)),
];
try {
  const items = reviewItems(
    paths.map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') })),
  );
  const table = formatReviewTable(items, dayOfInstant(new Date()));
  process.stdout.write(items.length === 0 ? `${table}\n` : `${table}\n\n${reviewCountLine(items)}\n`);
} catch (error) {
  process.stderr.write(`review: ${(error as Error).message}\n`);
  process.exit(1);
}
