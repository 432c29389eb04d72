/** Shared helpers for the importer's tests: the raw-page fixtures and the archive they import into. */
import { readdirSync, readFileSync } from 'node:fs';
import { readArchiveKnowledge } from '../../src/import/content-store.ts';
import type { ArchiveKnowledge, ImportOptions } from '../../src/import/import-page.ts';

/** Folder of the invented raw pages, one per format variant. */
export const FIXTURE_DIR = 'tests/fixtures/import';

/** Every fixture's file name. */
export const FIXTURE_NAMES = readdirSync(FIXTURE_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();

/** A fixture's text. */
export function fixture(name: string): string {
  return readFileSync(`${FIXTURE_DIR}/${name}`, 'utf8');
}

/** A fixture's bytes. */
export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(`${FIXTURE_DIR}/${name}`);
}

/** A fresh copy of what the repository's content folder holds. */
export function repositoryArchive(): ArchiveKnowledge {
  return readArchiveKnowledge('content');
}

/** Options that let every fixture import: new sources and people allowed, fallbacks given. */
export const PERMISSIVE: ImportOptions = {
  addPeople: true,
  addSources: true,
  fallbackSource: 'fuxin-news-network',
  fallbackPublished: '2023-03-29',
  language: 'en',
  today: '2024-02-01',
};
