/**
 * The archive the end-to-end and built-file tests build: the real `content/` plus the fixtures of
 * `tests/fixtures/e2e-content/` and enough short bulletins to fill a second front page, built at
 * the domain root and under a sub-path.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

/** The two deploy bases the built site is tested under. */
export const TEST_BASES: readonly { name: string; base: string }[] = [
  { name: 'root', base: '/' },
  { name: 'subpath', base: '/archive/' },
];

/** Enough short fixture articles to push the front page onto a second page. */
const BULLETIN_COUNT = 22;

function bulletin(n: number): string {
  const day = String(1 + (n % 28)).padStart(2, '0');
  const month = String(1 + (n % 12)).padStart(2, '0');
  return [
    '---',
    `title: 'Fixture bulletin ${n}: a short test article'`,
    `published: '2021-${month}-${day}'`,
    'source: fuxin-news-network',
    'themes: [talent]',
    '---',
    '',
    `Fixture bulletin number ${n}, written for the end-to-end tests. It fills the front page.`,
    '',
  ].join('\n');
}

/** Writes the test content into `dir`, replacing whatever was there. */
export function assembleE2EContent(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync('content', dir, { recursive: true });
  cpSync('tests/fixtures/e2e-content', dir, { recursive: true });
  mkdirSync(`${dir}/articles/2021`, { recursive: true });
  for (let n = 1; n <= BULLETIN_COUNT; n += 1) {
    writeFileSync(`${dir}/articles/2021/2021-fixture-bulletin-${n}.md`, bulletin(n));
  }
}
