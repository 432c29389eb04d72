/**
 * The folder boundaries and the import-specifier convention (docs/architecture.md) are enforced
 * by `npm run lint`; these cases lint a small module as if it stood in a given folder.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rules `code` breaks when it is the file `filePath` (relative to the project). */
async function brokenRules(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

// The first lint loads the whole configuration (TypeScript, Astro and import plugins).
describe('npm run lint', { timeout: 60_000 }, () => {
  it.each([
    {
      where: 'src/core/probe.ts',
      code: "import { urls } from '../site/urls.ts';\nexport const probe = urls;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      where: 'src/core/probe.ts',
      code: "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
      rule: 'no-restricted-imports',
    },
    {
      where: 'src/core/probe.ts',
      code: "import { getCollection } from 'astro:content';\nexport const probe = getCollection;\n",
      rule: 'no-restricted-imports',
    },
    {
      where: 'src/markdown/probe.ts',
      code: "import { importPage } from '../import/import-page.ts';\nexport const probe = importPage;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      where: 'src/import/probe.ts',
      code: "import { getArchiveViews } from '../site/archive.ts';\nexport const probe = getArchiveViews;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      where: 'src/site/probe.ts',
      code: "import { markdownOptions } from '../markdown/index.ts';\nexport const probe = markdownOptions;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      where: 'src/site/probe.ts',
      code: "import { generateCorpus } from '../../scripts/lib/synthetic-corpus.ts';\nexport const probe = generateCorpus;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      where: 'src/components/Probe.astro',
      code: "---\nimport { markdownOptions } from '../markdown/index.ts';\n---\n<p>{String(markdownOptions)}</p>\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      where: 'scripts/probe.ts',
      code: "import { getArchiveViews } from '../src/site/archive.ts';\nexport const probe = getArchiveViews;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      where: 'src/site/probe.ts',
      code: "import { countOf } from '../core/text';\nexport const probe = countOf;\n",
      rule: 'import-x/extensions',
    },
  ])('refuses $where importing what its folder may not ($rule)', async ({ where, code, rule }) => {
    expect(await brokenRules(where, code)).toContain(rule);
  });

  it.each([
    {
      where: 'src/site/probe.ts',
      code: "import { countOf } from '../core/text.ts';\nimport { SITE } from './site.ts';\nexport const probe = [countOf, SITE];\n",
    },
    {
      where: 'src/components/Probe.astro',
      code: "---\nimport { urls } from '../site/urls.ts';\nimport { formatDay } from '../core/dates.ts';\nimport Card from './ArticleCard.astro';\n---\n<Card />{urls.home()}{formatDay('2023-04-17')}\n",
    },
    {
      where: 'scripts/probe.ts',
      code: "import { importPage } from '../src/import/import-page.ts';\nimport { summariseBuild } from './lib/bench-figures.ts';\nexport const probe = [importPage, summariseBuild];\n",
    },
  ])('lets $where import the core, its own folder and what it builds on', async ({ where, code }) => {
    expect(await brokenRules(where, code)).toEqual([]);
  });
});
