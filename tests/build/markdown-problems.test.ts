import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildSite } from '../../scripts/build-site.ts';

const ROOT = '.tmp/build-tests/markdown-problems';
const ARTICLE = `${ROOT}/content/articles/2023/2023-06-01-fixture-bad-speech.md`;

test('a speech directive naming an unknown person fails the build with the file and line', () => {
  rmSync(ROOT, { recursive: true, force: true });
  cpSync('content', `${ROOT}/content`, { recursive: true });
  mkdirSync(`${ROOT}/content/articles/2023`, { recursive: true });
  writeFileSync(
    ARTICLE,
    [
      '---',
      "title: 'Fixture: a speech by someone the archive does not know'",
      "published: '2023-06-01'",
      'source: fuxin-news-network',
      'speakers:',
      '  - person: zhou-pengju',
      '    role: Mayor',
      '    act: delivered a speech',
      'themes: [talent]',
      '---',
      '',
      'This article is a test fixture.',
      '',
      ':::speech{person="nobody-known"}',
      'Words spoken by nobody the archive knows.',
      ':::',
      '',
    ].join('\n'),
  );
  const { status, output } = buildSite({ outDir: `${ROOT}/dist`, content: `${ROOT}/content` });
  expect(status).not.toBe(0);
  expect(output).toContain(
    `${ARTICLE}:14: :::speech: unknown person "nobody-known"; create content/people/nobody-known.yaml or fix the id`,
  );
});
