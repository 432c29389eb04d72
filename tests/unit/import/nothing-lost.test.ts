import { describe, expect, it } from 'vitest';
import { importPage } from '../../../src/import/import-page.ts';
import { findLostText } from '../../../src/import/lost-text.ts';
import {
  FIXTURE_NAMES,
  fixture,
  fixtureBytes,
  PERMISSIVE,
  repositoryArchive,
} from '../../support/import-fixtures.ts';

function imported(name: string) {
  const archive = repositoryArchive();
  const outcome = importPage(name, fixtureBytes(name), archive, PERMISSIVE);
  if (outcome.status !== 'imported') throw new Error(`${name} did not import: ${JSON.stringify(outcome)}`);
  const sourceLabel =
    archive.sources.find((source) => source.id === outcome.sourceId)?.label ?? outcome.newSource?.label;
  return { outcome, sourceLabel };
}

describe('nothing is lost', () => {
  it('has a fixture for every variant', () => {
    expect(FIXTURE_NAMES.length).toBeGreaterThanOrEqual(14);
  });

  it.each(FIXTURE_NAMES)('every line of %s is in the body, in a field or known furniture', (name) => {
    const { outcome, sourceLabel } = imported(name);
    expect(findLostText(fixture(name), outcome.text, { sourceLabel })).toEqual([]);
  });
});

describe('findLostText', () => {
  it('reports a paragraph missing from the body, with its line number', () => {
    const { outcome, sourceLabel } = imported('stamp-title.txt');
    const written = outcome.text.replace(/\nZhou Pengju emphasized that green food[^\n]*\n/, '\n');
    expect(findLostText(fixture('stamp-title.txt'), written, { sourceLabel })).toEqual([
      expect.stringMatching(/^line 9: "[^"]*emphasized that green food and new energy/),
    ]);
  });

  it('reports a header value that no field holds', () => {
    const { outcome, sourceLabel } = imported('views-editor.txt');
    const written = outcome.text.replace('editor: Zhao Min\n', '').replace('views: 1204\n', '');
    expect(findLostText(fixture('views-editor.txt'), written, { sourceLabel })).toEqual([
      'line 3: "1,204"',
      'line 7: "Zhao Min"',
    ]);
  });

  it('does not count page furniture outside the known list as furniture', () => {
    const raw = 'Print this page\n\nOn May 1, the fair opened.\n';
    expect(findLostText(raw, '---\ntitle: x\n---\n\nOn May 1, the fair opened.\n')).toEqual([
      'line 1: "Print this page"',
    ]);
  });
});
