/**
 * The importer's benchmark: imports N raw pages into a copy of the content folder and reports the
 * time the import took.
 *
 *   npm run bench:import -- [--pages 1000] [--from <folder of raw pages>] [--keep]
 *
 * The pages are the `.txt` files of `--from` (default: tests/fixtures/import), replicated until
 * there are N, each copy's bytes altered by a closing line of its own so that no two are the same
 * page. The import runs as `npm run import` would, with no options, its progress bar on standard
 * error. Figures go in docs/performance.md with the day and the machine's load, not in tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { listFiles } from '../src/import/content-store.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    from: { type: 'string', default: 'tests/fixtures/import' },
    keep: { type: 'boolean', default: false },
  },
});
const pages = Number(values.pages);
if (!Number.isInteger(pages) || pages < 1) {
  console.error(`bench:import: --pages must be a positive whole number, got "${values.pages}"`);
  process.exit(2);
}
const originals = listFiles(values.from, ['.txt']);
if (originals.length === 0) {
  console.error(`bench:import: ${values.from} has no .txt pages; name a folder of raw pages with --from`);
  process.exit(2);
}

const work = `.tmp/bench-import/${pages}`;
const content = join(work, 'content');
const raw = join(work, 'pages');
rmSync(work, { recursive: true, force: true });
cpSync('content', content, { recursive: true });
mkdirSync(raw, { recursive: true });
for (let index = 0; index < pages; index += 1) {
  const original = originals[index % originals.length] ?? '';
  const text = readFileSync(original, 'utf8').replace(/\s*$/, '');
  writeFileSync(
    join(raw, `${String(index + 1).padStart(5, '0')}.txt`),
    `${text}\n\nThis is copy ${index + 1} of the page, made by the import benchmark.\n`,
  );
}
console.log(`bench:import: importing ${pages} pages made from ${originals.length} in ${values.from}`);

const started = performance.now();
const run = spawnSync(process.execPath, ['scripts/import.ts', '--content', content, raw], {
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 1024 ** 3,
  encoding: 'utf8',
});
const seconds = (performance.now() - started) / 1000;
const totals = run.stdout.trim().split('\n').at(-1) ?? '';
const written = readdirSync(join(content, 'articles'), { recursive: true }).filter((name) =>
  String(name).endsWith('.md'),
).length;
console.log(`bench:import: ${totals}`);
console.log(
  `bench:import: ${pages} pages in ${seconds.toFixed(1)} s (${((seconds * 1000) / pages).toFixed(1)} ms a page); ${written} articles in the content folder; exit ${run.status}`,
);
if (!values.keep) rmSync(work, { recursive: true, force: true });
