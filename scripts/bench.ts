/**
 * The archive's benchmark: builds the whole site (every page type, search index, feeds) from a
 * generated corpus and reports what it cost.
 *
 *   npm run bench -- --articles 10000 [--seed 1] [--runs 3] [--vs-stock] [--add-one] [--keep]
 *
 * --runs N     repeat N times and report medians
 * --vs-stock   also build a stock Astro site of four page types from the same corpus, then run
 *              Pagefind over it, alternating with the archive's build (scripts/lib/stock-site.ts)
 * --add-one    after each cold build, add one article and build again without --force
 *
 * Prints tables and writes the figures to bench-results/latest.json.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  compareWithStock,
  median,
  medianWrittenMB,
  summariseBuild,
  type BenchFigures,
  type PairedRun,
} from './lib/bench-figures.ts';
import { describePeaks, describeWritten, runMeasured, type Measured } from './lib/measure.ts';
import { stockSiteFiles } from './lib/stock-site.ts';
import { writeCorpus } from './generate-corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
    'vs-stock': { type: 'boolean', default: false },
    'add-one': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const runs = Number(values.runs);
for (const [name, value] of [
  ['--articles', articles],
  ['--runs', runs],
] as const) {
  if (!Number.isInteger(value) || value < 1) {
    console.error(`bench: ${name} must be a positive whole number, got "${value}"`);
    process.exit(2);
  }
}

const astroBin = resolve('node_modules/astro/bin/astro.mjs');
const pagefindBin = resolve('node_modules/pagefind/lib/runner/bin.cjs');
const work = resolve(`.tmp/bench/${articles}`);
const corpus = `${work}/content`;
const outDir = `${work}/dist`;
const stockRoot = `${work}/stock`;
console.log(`bench: generating ${articles} articles into ${corpus}`);
writeCorpus(corpus, articles, Number(values.seed));

if (values['vs-stock']) {
  rmSync(stockRoot, { recursive: true, force: true });
  for (const file of stockSiteFiles(corpus)) {
    const path = join(stockRoot, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

/** Stops the benchmark with the tail of what a failed step printed. */
function mustSucceed(step: string, measured: Measured): Measured {
  if (measured.status !== 0) {
    console.error(measured.output.slice(-5000));
    console.error(
      `bench: ${step} failed with status ${measured.status} after ${(measured.ms / 1000).toFixed(1)} s; peak RSS by program: ${describePeaks(measured)}`,
    );
    process.exit(1);
  }
  const written = describeWritten(measured);
  console.log(
    `  ${step}: ${(measured.ms / 1000).toFixed(1)} s, peak ${describePeaks(measured)}${written ? `, ${written}` : ''}`,
  );
  return measured;
}

function archiveBuild(force: boolean): Promise<Measured> {
  return runMeasured(
    process.execPath,
    [astroBin, 'build', ...(force ? ['--force'] : []), '--outDir', outDir],
    { env: { ARCHIVE_CONTENT_DIR: corpus } },
  );
}

/** The article `--add-one` adds: a copy of the first article under a new id and title. */
function addOneArticle(): string {
  const year = readdirSync(`${corpus}/articles`).sort()[0]!;
  const first = readdirSync(`${corpus}/articles/${year}`).sort()[0]!;
  const text = readFileSync(`${corpus}/articles/${year}/${first}`, 'utf8');
  const path = `${corpus}/articles/${year}/${year}-12-31-bench-added-article.md`;
  writeFileSync(path, text.replace(/^title: .*$/m, "title: 'The article the benchmark added'"));
  return path;
}

/** What a build wrote: how many files and bytes, and the HTML pages among them. */
interface BuildOutput {
  htmlFiles: { path: string; bytes: number }[];
  distBytes: number;
  distFiles: number;
}

function measureOutput(): BuildOutput {
  const htmlFiles: BuildOutput['htmlFiles'] = [];
  let distBytes = 0;
  let distFiles = 0;
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = statSync(path).size;
    distBytes += bytes;
    distFiles += 1;
    if (entry.name.endsWith('.html')) htmlFiles.push({ path: path.slice(outDir.length + 1), bytes });
  }
  return { htmlFiles, distBytes, distFiles };
}

const archiveRuns: Measured[] = [];
const paired: PairedRun[] = [];
const addOneMs: number[] = [];
let lastAddOne: Measured | undefined;
let peakStock = 0;
let peakStockSearch = 0;
/** What each run's stock build and its Pagefind run wrote together. */
const stockWrittenBytes: (number | undefined)[] = [];
let output: BuildOutput | undefined;
for (let run = 1; run <= runs; run += 1) {
  console.log(`bench: run ${run} of ${runs}`);
  const stockFirst = values['vs-stock'] && run % 2 === 0;
  let stock: { build: Measured; search: Measured } | undefined;
  const runStock = async () => {
    rmSync(`${stockRoot}/dist`, { recursive: true, force: true });
    const build = mustSucceed(
      'stock Astro build',
      await runMeasured(process.execPath, [astroBin, 'build', '--force'], { cwd: stockRoot }),
    );
    const search = mustSucceed(
      'Pagefind over the stock site',
      await runMeasured(process.execPath, [pagefindBin, '--site', 'dist'], { cwd: stockRoot }),
    );
    stock = { build, search };
  };
  if (stockFirst) await runStock();
  rmSync(outDir, { recursive: true, force: true });
  const cold = mustSucceed('archive cold build (astro build --force)', await archiveBuild(true));
  archiveRuns.push(cold);
  // The last cold build's output, measured before --add-one adds its article: the figures
  // describe the corpus as generated.
  if (run === runs) output = measureOutput();
  if (values['add-one']) {
    const added = addOneArticle();
    const again = mustSucceed('archive build after adding one article', await archiveBuild(false));
    addOneMs.push(again.ms);
    lastAddOne = again;
    rmSync(added);
  }
  if (values['vs-stock'] && !stockFirst) await runStock();
  if (stock) {
    paired.push({ archiveMs: cold.ms, stockMs: stock.build.ms, stockSearchMs: stock.search.ms });
    peakStock = Math.max(peakStock, stock.build.peakRssKB);
    peakStockSearch = Math.max(peakStockSearch, stock.search.peakRssKB);
    const { build, search } = stock;
    stockWrittenBytes.push(
      build.writtenBytes === undefined || search.writtenBytes === undefined
        ? undefined
        : build.writtenBytes + search.writtenBytes,
    );
  }
}

/** Prints Astro's own phase timings from a build's log, to see where the time goes. */
function printPhases(title: string, output: string): void {
  console.log(`bench: phases of ${title}`);
  for (const line of output.split('\n')) {
    if (
      /Synced content|Completed in|built in|page\(s\) built|pages for search|reused|Clearing|metadata file|removed \d+ file|emptied/.test(
        line,
      )
    )
      console.log(`  ${line.trim()}`);
  }
  const reused = output.match(/\((?:cached|restored)\)/g)?.length ?? 0;
  if (reused > 0) console.log(`  files copied from the last build instead of rendered: ${reused}`);
}

const last = archiveRuns.at(-1)!;
printPhases('the last cold build', last.output);
if (lastAddOne) printPhases('the last build after adding one article', lastAddOne.output);

const { htmlFiles, distBytes, distFiles } = output!;
const medianRun = archiveRuns.toSorted((a, b) => a.ms - b.ms)[Math.floor((archiveRuns.length - 1) / 2)]!;
const figures: BenchFigures = summariseBuild({
  articles,
  buildMs: median(archiveRuns.map((run) => run.ms)),
  peakRssKB: Math.max(...archiveRuns.map((run) => run.peakRssKB)),
  distBytes,
  htmlFiles,
  buildOutput: medianRun.output,
});
const comparison = paired.length > 0 ? compareWithStock(paired) : undefined;
const archiveWrittenMB = medianWrittenMB(archiveRuns.map((run) => run.writtenBytes));
const stockWrittenMB = medianWrittenMB(stockWrittenBytes);
const addOneSeconds = addOneMs.length > 0 ? Number((median(addOneMs) / 1000).toFixed(1)) : undefined;

console.table({
  articles: figures.articles,
  runs,
  pages: figures.pages,
  'cold build, median (s)': figures.buildSeconds,
  'search index (s)': figures.searchIndexSeconds ?? 'not run',
  'peak RSS (MB)': figures.peakRssMB,
  'ms per page': figures.msPerPage,
  'dist (MB)': figures.distMB,
  'dist files': distFiles,
  ...(archiveWrittenMB === undefined ? {} : { 'written, median (MB)': archiveWrittenMB }),
  'article HTML (KB)': figures.articleHtmlKB,
  ...(addOneSeconds === undefined ? {} : { 'rebuild after adding one (s)': addOneSeconds }),
});
if (comparison) {
  console.table({
    'stock Astro build, median (s)': comparison.stockSeconds,
    'stock + Pagefind, median (s)': comparison.stockWithSearchSeconds,
    'archive ÷ (stock + Pagefind)': comparison.ratioToStockWithSearch,
    'archive ÷ stock': comparison.ratioToStock,
    'stock peak RSS (MB)': Math.round(peakStock / 1024),
    'stock Pagefind peak RSS (MB)': Math.round(peakStockSearch / 1024),
    ...(stockWrittenMB === undefined ? {} : { 'stock + Pagefind written, median (MB)': stockWrittenMB }),
  });
}
console.log(`bench: peak RSS by program (last cold build): ${describePeaks(last)}`);
mkdirSync('bench-results', { recursive: true });
const written = {
  ...figures,
  runs,
  distFiles,
  ...(archiveWrittenMB === undefined ? {} : { writtenMB: archiveWrittenMB }),
  ...(addOneSeconds === undefined ? {} : { addOneSeconds }),
  ...(comparison
    ? {
        stock: {
          ...comparison,
          peakRssMB: Math.round(peakStock / 1024),
          searchPeakRssMB: Math.round(peakStockSearch / 1024),
          ...(stockWrittenMB === undefined ? {} : { writtenMB: stockWrittenMB }),
        },
      }
    : {}),
};
writeFileSync('bench-results/latest.json', `${JSON.stringify(written, null, 2)}\n`);
console.log('bench: figures written to bench-results/latest.json');
if (!values.keep) rmSync(work, { recursive: true, force: true });
