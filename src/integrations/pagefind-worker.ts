/**
 * One search index worker thread: indexes the year it is given (`pagefind-year.ts`) and exits.
 * Started by `pagefind.ts`, which runs as many at once as the machine has cores; Node runs this
 * file directly, which is why its imports carry their `.ts` extensions.
 */
import { workerData } from 'node:worker_threads';
import { indexYear, type PageToIndex } from './pagefind-year.ts';

const { outDir, pages, outputPath } = workerData as {
  outDir: string;
  pages: PageToIndex[];
  outputPath: string;
};
await indexYear(outDir, pages, outputPath);
