import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_DIR, FIXTURE_NAMES } from '../../support/import-fixtures.ts';

let work: string;
let content: string;

/** Runs `npm run import -- <args>` as the archivist would (same script, same Node). */
function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/import.ts', '--content', content, ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'import-cli-'));
  content = join(work, 'content');
  cpSync('content', content, { recursive: true });
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

// Each case starts Node once or twice; on a busy machine that can take a few seconds.
describe('npm run import', { timeout: 60_000 }, () => {
  it('imports the good pages of a folder, reports each bad one with its path and reason, and exits 1', () => {
    const pages = join(work, 'pages');
    mkdirSync(pages);
    cpSync(join(FIXTURE_DIR, 'stamp-title.txt'), join(pages, 'good.txt'));
    cpSync(join(FIXTURE_DIR, 'truncated.txt'), join(pages, 'good-too.txt'));
    writeFileSync(join(pages, 'empty.txt'), '');
    writeFileSync(join(pages, 'binary.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
    writeFileSync(join(pages, 'gbk.txt'), Uint8Array.from([0xb8, 0xb7, 0xd0, 0xc2]));
    symlinkSync(join(work, 'nowhere.txt'), join(pages, 'moved.txt'));
    mkdirSync(join(pages, 'folder.txt'));

    const { status, stdout } = runImport(pages);

    expect(status).toBe(1);
    expect(stdout).toContain(`${join(pages, 'empty.txt')}: FAILED: empty file (0 bytes)`);
    expect(stdout).toContain(`${join(pages, 'binary.txt')}: FAILED: binary file (contains NUL bytes)`);
    expect(stdout).toContain(`${join(pages, 'gbk.txt')}: FAILED: not UTF-8 text (invalid byte at offset 0)`);
    expect(stdout).toContain(`${join(pages, 'moved.txt')}: FAILED: cannot read: no such file or folder`);
    expect(stdout).toContain('2 imported, 0 already imported, 4 failed');
    expect(filesUnder(join(content, 'articles'))).toEqual([
      '2023/2023-04-17-zhou-pengju-science-and-technology-work-conference.md',
      '2023/2023-06-12-zhou-pengju-stressed-at-the-city-forestry-work.md',
      '2023/2023-08-23-the-city-opens-three-new-bus-lines-to.md',
    ]);
  });

  it('prints a summary table with id, title, dates, source, people and warnings', () => {
    const { status, stdout } = runImport(join(FIXTURE_DIR, 'stamp-title.txt'));
    expect(status).toBe(0);
    const [header, , row] = stdout.split('\n');
    expect(header).toMatch(/^File\s+Id\s+Title\s+Dates\s+Source\s+People\s+Warnings$/);
    expect(row).toMatch(
      /^stamp-title\.txt\s+2023-06-12-zhou-pengju-stressed-at-the-city-forestry-work\s+Zhou Pengju stressed at .*…\s+pub 2023-06-12, event 2023-06-09, listed 2023-06-13\s+fuxin-news-network\s+Zhou Pengju, Zhang Jianjun\s+0$/,
    );
  });

  it('says "already imported as <id>" for a page imported before, and writes nothing new', () => {
    const page = join(FIXTURE_DIR, 'truncated.txt');
    expect(runImport(page).status).toBe(0);
    const before = filesUnder(content);
    const second = runImport(page);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(
      `${page}: already imported as 2023-08-23-the-city-opens-three-new-bus-lines-to; skipped`,
    );
    expect(filesUnder(content)).toEqual(before);
  });

  it('writes nothing with --dry-run, people and sources included, but reports the same', () => {
    const before = filesUnder(content);
    const sources = readFileSync(join(content, 'sources.yaml'), 'utf8');
    const { status, stdout } = runImport('--dry-run', FIXTURE_DIR);
    // With no options, only the page that states no date at all is refused.
    expect(status).toBe(1);
    expect(stdout).toContain(
      `${FIXTURE_NAMES.length - 1} would be imported (dry run, nothing written), 0 already imported, 1 failed`,
    );
    expect(stdout).toContain(
      'breadcrumb-admin.txt: FAILED: published: the page states no readable date; rerun with --published YYYY-MM-DD',
    );
    expect(stdout).toContain('2023-04-11-a-museum-night-for-families-in-fushun');
    expect(filesUnder(content)).toEqual(before);
    expect(readFileSync(join(content, 'sources.yaml'), 'utf8')).toBe(sources);
  });

  it('leaves unknown people out with --no-add-people and refuses an unknown source with --no-add-sources', () => {
    const before = filesUnder(content);
    const { status, stdout } = runImport(
      '--no-add-people',
      '--no-add-sources',
      join(FIXTURE_DIR, 'breadcrumb-source-suffix.txt'),
    );
    expect(status).toBe(1);
    expect(stdout).toContain('is not in sources.yaml; add it there, or rerun without --no-add-sources');
    expect(filesUnder(content)).toEqual(before);
  });

  it('adds people and sources for review by default, never replacing a person file', () => {
    writeFileSync(join(content, 'people', 'gao-lan.yaml'), 'name: Gao Lan\ndescription: Written by hand.\n');
    const { status } = runImport(join(FIXTURE_DIR, 'breadcrumb-source-suffix.txt'));
    expect(status).toBe(0);
    expect(readFileSync(join(content, 'people', 'gao-lan.yaml'), 'utf8')).toBe(
      'name: Gao Lan\ndescription: Written by hand.\n',
    );
    expect(readFileSync(join(content, 'people', 'sun-ke.yaml'), 'utf8')).toContain(
      'review:\n  - name\n  - description\n',
    );
    expect(readFileSync(join(content, 'sources.yaml'), 'utf8')).toMatch(
      /\nliaoning-evening-post:\n  label: Liaoning Evening Post\n/,
    );
  });

  it.each([
    [['--source', 'nowhere', 'x.txt'], 'import: --source: "nowhere" is not in'],
    [
      ['--published', '2023-02-30', 'x.txt'],
      'import: --published: "2023-02-30" is not a calendar day; write it as YYYY-MM-DD',
    ],
    [[], 'import: name at least one file or folder to import'],
    [['--colour', 'x.txt'], "import: Unknown option '--colour'"],
  ])('refuses bad arguments %j with exit code 2', (args, message) => {
    const { status, stderr } = runImport(...args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });
});
