/**
 * At the end of `astro build`, one line of the build log counts what awaits review in the content
 * folder (articles, people and sources whose `review` field is not empty); `npm run review` lists
 * them. The counting is `src/core/review.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { reviewCountLine, reviewItems } from '../core/review.ts';

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name) && !/^[_.]/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** @param contentDir the content folder the build reads. */
export function reviewCount(contentDir: string): AstroIntegration {
  return {
    name: 'archive:review-count',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const paths = [
          ...filesUnder(join(contentDir, 'articles'), /\.md$/),
          ...filesUnder(join(contentDir, 'people'), /\.ya?ml$/),
          ...[join(contentDir, 'sources.yaml')].filter((path) => existsSync(path)),
        ];
        const items = reviewItems(
          paths.map((path) => ({ path: relative(contentDir, path), text: readFileSync(path, 'utf8') })),
        );
        logger.info(reviewCountLine(items));
      },
    },
  };
}
