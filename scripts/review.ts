/**
 * Lists everything in the archive awaiting review, as a table (kind, id, fields, since when):
 *
 *   npm run review -- [--content <dir>]
 *
 * The entries come from the `review` and `imported` fields the importer writes; the logic is in
 * src/core/review.ts and src/import/review-table.ts.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/core/content-files.ts';
import { dayOfInstant } from '../src/core/dates.ts';
import { reviewCountLine, reviewItems } from '../src/core/review.ts';
import { listFiles } from '../src/import/content-store.ts';
import { formatReviewTable } from '../src/import/review-table.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const root = values.content?.replace(/\/+$/, '') ?? contentDir(process.env);
const paths = [
  ...listFiles(join(root, 'articles'), ['.md']),
  ...listFiles(join(root, 'people'), ['.yaml', '.yml']),
  join(root, 'sources.yaml'),
];
try {
  const items = reviewItems(
    paths.map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') })),
  );
  process.stdout.write(
    `${formatReviewTable(items, dayOfInstant(new Date()))}\n\n${reviewCountLine(items)}\n`,
  );
} catch (error) {
  process.stderr.write(`review: ${(error as Error).message}\n`);
  process.exit(1);
}
