/**
 * The archive's benchmark: builds the whole site (every page type, search index, feeds) from a
 * generated corpus and reports what it cost.
 *
 *   npm run bench -- --articles 10000 [--seed 1] [--keep]
 *
 * Prints one table and writes the figures to bench-results/latest.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { summariseBuild, type BenchFigures } from './lib/bench-figures.ts';
import { writeCorpus } from './generate-corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error(`bench: --articles must be a positive whole number, got "${values.articles}"`);
  process.exit(2);
}

const work = `.tmp/bench/${articles}`;
const corpus = `${work}/content`;
const outDir = `${work}/dist`;
console.log(`bench: generating ${articles} articles into ${corpus}`);
writeCorpus(corpus, articles, Number(values.seed));
rmSync(outDir, { recursive: true, force: true });

/** Highest resident set size seen for any process in the build's tree, in kB. */
let peakRssKB = 0;
/** The same, per program (node, pagefind…), to say which one needs the memory. */
const peakByProgram = new Map<string, number>();
function sampleTree(rootPid: number): void {
  const pids = [rootPid];
  for (let index = 0; index < pids.length; index += 1) {
    const pid = pids[index]!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peakRssKB = Math.max(peakRssKB, hwm);
      const program = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      peakByProgram.set(program, Math.max(peakByProgram.get(program) ?? 0, hwm));
      const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
      if (children) pids.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended between listing and reading: nothing to sample.
    }
  }
}

console.log(`bench: cold build of ${articles} articles (astro build --force) into ${outDir}`);
const started = performance.now();
const child = spawn(
  process.execPath,
  ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', outDir],
  {
    env: { ...process.env, ARCHIVE_CONTENT_DIR: corpus, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let output = '';
child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
const sampler = setInterval(() => child.pid && sampleTree(child.pid), 100);
const status = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
clearInterval(sampler);
const buildMs = performance.now() - started;
const byProgram = [...peakByProgram].map(([program, kB]) => `${program} ${Math.round(kB / 1024)} MB`);

// Astro's own phase timings, to see where the time goes (and how far a failed build got).
for (const line of output.split('\n')) {
  if (/Synced content|Completed in|built in|page\(s\) built|pages for search/.test(line))
    console.log(`  ${line.trim()}`);
}
if (status !== 0) {
  console.error(output.slice(-5000));
  console.error(
    `bench: the build failed with status ${status} after ${(buildMs / 1000).toFixed(1)} s; peak RSS by program: ${byProgram.join(', ')}`,
  );
  process.exit(1);
}

const htmlFiles: { path: string; bytes: number }[] = [];
let distBytes = 0;
for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const path = join(entry.parentPath, entry.name);
  const bytes = statSync(path).size;
  distBytes += bytes;
  if (entry.name.endsWith('.html')) htmlFiles.push({ path, bytes });
}

const figures: BenchFigures = summariseBuild({
  articles,
  buildMs,
  peakRssKB,
  distBytes,
  htmlFiles: htmlFiles.map(({ path, bytes }) => ({ path: path.slice(outDir.length + 1), bytes })),
  buildOutput: output,
});

console.table({
  articles: figures.articles,
  pages: figures.pages,
  'cold build (s)': figures.buildSeconds,
  'search index (s)': figures.searchIndexSeconds ?? 'not run',
  'peak RSS (MB)': figures.peakRssMB,
  'ms per page': figures.msPerPage,
  'dist (MB)': figures.distMB,
  'article HTML (KB)': figures.articleHtmlKB,
});
console.log(`bench: peak RSS by program: ${byProgram.join(', ')}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(figures, null, 2)}\n`);
console.log('bench: figures written to bench-results/latest.json');
if (!values.keep) rmSync(work, { recursive: true, force: true });
