/**
 * Writes a deterministic synthetic content folder for benchmarks and scale tests:
 *
 *   npm run generate -- --articles 10000 [--seed 1] [--out .tmp/corpus-10000]
 *
 * Build from it with ARCHIVE_CONTENT_DIR=<out> (the real content/ is never touched).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/synthetic-corpus.ts';

/** Writes the corpus of `articles` articles into `outDir`, replacing what was there; returns the file count. */
export function writeCorpus(outDir: string, articles: number, seed: number): number {
  const root = resolve(outDir);
  if (root === resolve('content'))
    throw new Error('generate: refusing to overwrite the real content/ folder');
  rmSync(root, { recursive: true, force: true });
  const files = generateCorpus({ articles, seed });
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return files.length;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1) {
    console.error(`generate: --articles must be a positive whole number, got "${values.articles}"`);
    process.exit(2);
  }
  const out = values.out ?? `.tmp/corpus-${articles}`;
  const count = writeCorpus(out, articles, Number(values.seed));
  console.log(`generate: wrote ${count} files (${articles} articles) to ${out}`);
}
