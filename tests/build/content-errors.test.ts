/**
 * Bad content must stop the build with a line naming the file, the field and the problem.
 * Each case copies the real content, breaks one thing and builds it.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build-site.ts';

const WORK = '.tmp/build-tests/errors';
const SEED = 'articles/2023/2023-04-17-zhou-pengju-science-and-technology-work-conference.md';
/** Line of the seed article's speech directive, as a build error names it. */
const SPEECH_LINE =
  readFileSync(`content/${SEED}`, 'utf8')
    .split('\n')
    .findIndex((line) => line.startsWith(':::speech')) + 1;

/** Copies `content/` to a fresh folder, lets `breakIt` damage it, builds, and returns the output. */
function buildBroken(name: string, breakIt: (dir: string) => void): { status: number; output: string } {
  const dir = `${WORK}/${name}`;
  rmSync(dir, { recursive: true, force: true });
  cpSync('content', `${dir}/content`, { recursive: true });
  breakIt(`${dir}/content`);
  return buildSite({ outDir: `${dir}/dist`, content: `${dir}/content` });
}

function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`test setup: ${String(from)} not found in ${file}`);
  writeFileSync(file, changed);
}

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('a build with bad content', () => {
  it.each([
    {
      name: 'unknown-person',
      breakIt: (dir: string) => edit(`${dir}/${SEED}`, 'person: zhang-shihui', 'person: zhang-shihu'),
      expected:
        /content\/articles\/2023\/2023-04-17-zhou-pengju-science-and-technology-work-conference\.md: speakers\[3\]\.person: unknown person "zhang-shihu"; create content\/people\/zhang-shihu\.yaml or fix the id/,
    },
    {
      name: 'unknown-mention',
      breakIt: (dir: string) => edit(`${dir}/${SEED}`, 'person: hao-peng', 'person: hao-pen'),
      expected: /\.md: mentions\[1\]\.person: unknown person "hao-pen"/,
    },
    {
      name: 'unknown-theme',
      breakIt: (dir: string) => edit(`${dir}/${SEED}`, '  - talent\n', '  - talents\n'),
      expected: /\.md: themes\[3\]: unknown theme "talents"; add it to content\/themes\.yaml/,
    },
    {
      name: 'unknown-source',
      breakIt: (dir: string) => edit(`${dir}/${SEED}`, 'source: fuxin-news-network', 'source: fuxin-news'),
      expected: /\.md: source: unknown source "fuxin-news"/,
    },
    {
      name: 'impossible-date',
      breakIt: (dir: string) => edit(`${dir}/${SEED}`, "published: '2023-04-17'", "published: '2023-02-30'"),
      expected:
        /published: "2023-02-30" is not a real calendar day[\s\S]*2023-04-17-zhou-pengju-science-and-technology-work-conference\.md/,
    },
    {
      name: 'unquoted-date',
      breakIt: (dir: string) => edit(`${dir}/${SEED}`, "eventDate: '2023-04-14'", 'eventDate: 2023-04-14'),
      expected: /eventDate: write the day in quotes, like '2023-04-17'/,
    },
    {
      name: 'missing-title',
      breakIt: (dir: string) => edit(`${dir}/${SEED}`, /^title: .*\n/m, ''),
      expected:
        /title: every article needs a title[\s\S]*2023-04-17-zhou-pengju-science-and-technology-work-conference\.md/,
    },
    {
      name: 'duplicate-id',
      breakIt: (dir: string) => cpSync(`${dir}/${SEED}`, `${dir}/${SEED.replace('2023/', '')}`),
      // Either copy may be found first; the message names both.
      expected:
        /articles\/(?:2023\/)?2023-04-17-zhou-pengju-science-and-technology-work-conference\.md: id: "2023-04-17-zhou-pengju-science-and-technology-work-conference" is already used by \S*articles\/(?:2023\/)?2023-04-17-zhou-pengju-science-and-technology-work-conference\.md; rename one of the two files/,
    },
    {
      name: 'speaker-twice',
      breakIt: (dir: string) => edit(`${dir}/${SEED}`, 'person: zhang-jianjun', 'person: zhou-pengju'),
      expected:
        /speakers\.1\.person: "zhou-pengju" is listed twice as a speaker; merge the two entries into one/,
    },
    {
      name: 'speech-unknown-person',
      breakIt: (dir: string) =>
        edit(`${dir}/${SEED}`, ':::speech{person="zhou-pengju"}', ':::speech{person="zhou-pengjv"}'),
      expected: new RegExp(
        `conference\\.md:${SPEECH_LINE}: :::speech: unknown person "zhou-pengjv"; create content/people/zhou-pengjv\\.yaml or fix the id`,
      ),
    },
    {
      name: 'speech-without-person',
      breakIt: (dir: string) => edit(`${dir}/${SEED}`, ':::speech{person="zhou-pengju"}', ':::speech'),
      expected: new RegExp(
        `conference\\.md:${SPEECH_LINE}: :::speech: no person; write :::speech\\{person="<person id>"\\}`,
      ),
    },
    {
      name: 'person-file-case',
      breakIt: (dir: string) => cpSync(`${dir}/people/hao-peng.yaml`, `${dir}/people/Hao-Peng.yaml`),
      expected: /content\/people\/Hao-Peng\.yaml: file name: "Hao-Peng" is not a lower-case slug/,
    },
  ])('stops on $name with a line naming file, field and fix', ({ name, breakIt, expected }) => {
    const { status, output } = buildBroken(name, breakIt);
    expect(status).not.toBe(0);
    expect(output).toMatch(expected);
  });
});
