import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { markdownThreads, unifiedInWorkers, WorkerPool } from '../../../src/markdown/parallel-processor.ts';
import { LOOKUPS, withoutParagraphAnchors } from '../../support/render-markdown.ts';

const SHARED = { syntaxHighlight: false } as const;
const warnings: string[] = [];
const settings = { base: '/archive/', lookups: LOOKUPS, warn: (message: string) => warnings.push(message) };
const inThread = await unifiedInWorkers(settings, { threads: 1 }).createRenderer(SHARED);
const pool = await unifiedInWorkers(settings, { threads: 2 }).createRenderer(SHARED);
afterAll(() => (pool instanceof WorkerPool ? pool.close() : undefined));

const bodies = Array.from(
  { length: 12 },
  (_, n) =>
    `Article ${n}: Zhou Pengju spoke about the stuck neck.\n\n:::speech{person="zhou-pengju"}\nWe must work, ${n} times.\n:::\n`,
);
const options = (n: number) => ({
  fileURL: pathToFileURL(`content/articles/2023/body-${n}.md`),
  frontmatter: { speakers: [{ person: 'zhou-pengju', role: 'Mayor', act: 'spoke' }] },
});

// Starting a worker loads the whole pipeline, which takes seconds on a busy two-core machine.
describe('Markdown on worker threads', { timeout: 30_000 }, () => {
  test('renders exactly what the same pipeline renders in the build thread, facts included', async () => {
    expect(pool).toBeInstanceOf(WorkerPool);
    const [inWorkers, expected] = await Promise.all([
      Promise.all(bodies.map((body, n) => pool.render(body, options(n)))),
      Promise.all(bodies.map((body, n) => inThread.render(body, options(n)))),
    ]);
    expect(inWorkers).toEqual(expected);
    expect(inWorkers[3]?.code).toContain('href="/archive/people/zhou-pengju/"');
    expect(inWorkers[3]?.metadata.frontmatter['bodyFacts']).toMatchObject({ termIds: ['stuck-neck'] });
  });

  test("passes the plugins' build warnings on to the build log", async () => {
    warnings.length = 0;
    await pool.render('Zhang Jianjun met Zhang Jianjun.', {
      fileURL: pathToFileURL('content/articles/2023/namesakes.md'),
      frontmatter: { mentions: [{ person: 'zhang-jianjun' }, { person: 'zhang-jianjun-county' }] },
    });
    expect(warnings).toEqual([
      'content/articles/2023/namesakes.md: "Zhang Jianjun" is the name of zhang-jianjun and zhang-jianjun-county; that name is not linked in the body',
    ]);
  });

  test('starts again after its workers were stopped', async () => {
    if (!(pool instanceof WorkerPool)) throw new Error('expected a worker pool');
    await pool.close();
    const again = await pool.render('After a pause.');
    expect(withoutParagraphAnchors(again.code)).toBe('<p>After a pause.</p>');
  });
});

describe('ARCHIVE_MARKDOWN_THREADS', () => {
  test('sets the number of threads, one per core when unset', () => {
    expect(markdownThreads({ ARCHIVE_MARKDOWN_THREADS: '3' })).toBe(3);
    expect(markdownThreads({})).toBeGreaterThanOrEqual(1);
  });

  test.each(['0', '-1', '1.5', 'two'])('refuses %j with the fix', (setting) => {
    expect(() => markdownThreads({ ARCHIVE_MARKDOWN_THREADS: setting })).toThrow(
      `ARCHIVE_MARKDOWN_THREADS: "${setting}" is not a whole number of threads; set it to 1 or more, or unset it to use one per core`,
    );
  });
});
