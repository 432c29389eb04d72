/**
 * Taking things away: an article's citation files and copy button, and the data page's files,
 * each fetched from the built site and read by a real parser or validated against its schema.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { expect, test, type Page } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { AST as RIS_AST } from 'astrocite-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import { SEED_PAGE } from './sites.ts';

const SEED_ID = '2023-04-17-zhou-pengju-science-and-technology-work-conference';
const SEED_TITLE_START = 'Zhou Pengju emphasized at the city’s science and technology work conference';

/** Downloads the file behind a link as a reader would, by clicking it. */
async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name, exact: true }).click(),
  ]);
  return readFile(await file.path(), 'utf8');
}

async function fetchText(page: Page, href: string): Promise<string> {
  const response = await page.request.get(new URL(href, page.url()).href);
  expect(response.status(), href).toBe(200);
  return response.text();
}

test.describe('citing the seed article', () => {
  test('downloads BibTeX, RIS and CSL-JSON that parse to the title, source, days, permalink and translation', async ({
    page,
  }) => {
    await page.goto(SEED_PAGE);
    const cite = page.getByRole('region', { name: 'Cite this article' });
    const permalink = await cite.getByRole('link', { name: /^http/ }).getAttribute('href');
    expect(permalink).toMatch(new RegExp(`/${SEED_PAGE}$`));

    const { entries, errors } = parseBibtex(await download(page, 'BibTeX'));
    expect(errors).toEqual([]);
    expect(entries[0]?.key).toBe(SEED_ID);
    expect(entries[0]?.fields).toMatchObject({
      author: [{ name: 'Fuxin News Network' }],
      publisher: ['Fuxin News Network'],
      date: '2023-04-17',
      eventdate: '2023-04-14',
      language: 'en',
      note: 'Machine translation from Chinese',
    });
    expect(String(entries[0]?.fields['title'])).toMatch(new RegExp(`^${SEED_TITLE_START}`));
    expect(entries[0]?.fields['url']).toBe(permalink);

    const [ris] = RIS_AST.parse(await download(page, 'RIS')).children;
    const tag = (key: string) =>
      ris?.properties.filter((property) => property.key === key).map(({ value }) => value);
    expect(ris?.type).toBe('NEWS');
    expect(tag('TI')?.[0]).toMatch(new RegExp(`^${SEED_TITLE_START}`));
    expect(tag('AU')).toEqual(['Fuxin News Network']);
    expect(tag('PB')).toEqual(['Fuxin News Network']);
    expect(tag('DA')).toEqual(['2023/04/17']);
    expect(tag('LA')).toEqual(['en']);
    expect(tag('N1')).toEqual(['Machine translation from Chinese']);
    expect(tag('UR')).toEqual([permalink]);

    const items = JSON.parse(await download(page, 'CSL-JSON')) as Record<string, unknown>[];
    const schema = JSON.parse(await readFile('docs/schemas/csl-items.schema.json', 'utf8')) as object;
    const validate = addFormats(new Ajv2020()).compile(schema);
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items[0]).toMatchObject({
      id: SEED_ID,
      issued: { 'date-parts': [[2023, 4, 17]] },
      'event-date': { 'date-parts': [[2023, 4, 14]] },
      note: 'Machine translation from Chinese',
      URL: permalink,
    });
  });

  test('copies the Chicago citation with the copy button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(SEED_PAGE);
    const cite = page.getByRole('region', { name: 'Cite this article' });
    await cite.getByRole('button', { name: 'Copy citation' }).click();
    await expect(cite.getByRole('status')).toHaveText('Copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await cite.locator('.citation').innerText()).trim());
    expect(copied).toMatch(
      /^“Zhou Pengju emphasized .* Fuxin News Network, April 17, 2023\. Machine translation/,
    );
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the article, its citation and its files are all there; only the copy button is missing', async ({
    page,
  }) => {
    await page.goto(SEED_PAGE);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(SEED_TITLE_START);
    const cite = page.getByRole('region', { name: 'Cite this article' });
    await expect(cite.locator('.citation')).toContainText('Fuxin News Network, April 17, 2023.');
    await expect(cite.getByRole('button', { name: 'Copy citation' })).toBeHidden();
    for (const name of ['BibTeX', 'RIS', 'CSL-JSON', 'Metadata (JSON)']) {
      await expect(cite.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });
});

test.describe('the data page', () => {
  test('is linked from every page’s footer, and each file parses or validates against its schema', async ({
    page,
  }) => {
    await page.goto('themes/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Data downloads and citations' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Licence' })).toBeVisible();

    const ajv = addFormats(new Ajv2020({ allErrors: true }));
    const files = page.getByRole('region', { name: 'Files' }).getByRole('listitem');
    const schemaLinks = await page.getByRole('link', { name: 'schema' }).all();
    for (const link of schemaLinks) {
      const schema = JSON.parse(await fetchText(page, (await link.getAttribute('href')) ?? '')) as {
        $id: string;
      };
      const shipped = JSON.parse(await readFile(`docs/schemas/${schema.$id}`, 'utf8')) as unknown;
      expect(schema, `served ${schema.$id} is the one in docs/schemas/`).toEqual(shipped);
      ajv.addSchema(schema);
    }

    const checked: string[] = [];
    for (const row of await files.all()) {
      const link = row.getByRole('link').first();
      if ((await link.count()) === 0) continue;
      const name = (await link.innerText()).trim();
      const body = await fetchText(page, (await link.getAttribute('href')) ?? '');
      const schemaLink = row.getByRole('link', { name: 'schema' });
      const schemaHref = (await schemaLink.count()) > 0 ? await schemaLink.getAttribute('href') : null;
      if (name.endsWith('.csv')) {
        const rows = parseCsv(body, { bom: true, columns: true }) as Record<string, string>[];
        expect(rows.length, name).toBeGreaterThan(0);
        const seedRow = rows.find(
          (entry) => entry['article_id'] === SEED_ID && entry['person_id'] === 'zhou-pengju',
        );
        expect(seedRow).toMatchObject({
          role: 'Deputy Secretary of the Municipal Party Committee and Mayor',
          act: 'delivered a speech',
          kind: 'speaker',
        });
      } else if (name.endsWith('.bib')) {
        const { entries, errors } = parseBibtex(body);
        expect(errors, name).toEqual([]);
        expect(entries.map((entry) => entry.key)).toContain(SEED_ID);
      } else {
        expect(schemaHref, `${name} names its schema`).not.toBeNull();
        const schemaId = decodeURIComponent((schemaHref ?? '').split('/').pop() ?? '');
        const validate = ajv.getSchema(schemaId);
        expect(validate?.(JSON.parse(body)), `${name}: ${JSON.stringify(validate?.errors)}`).toBe(true);
      }
      checked.push(name);
    }
    expect(checked).toEqual([
      'articles.json',
      'appearances.csv',
      'people.json',
      'glossary.json',
      'citations.bib',
      'citations.csl.json',
    ]);
  });

  test('an article’s metadata is at its index.json and valid against article.schema.json', async ({
    page,
  }) => {
    await page.goto(SEED_PAGE);
    const metadata = JSON.parse(
      await fetchText(
        page,
        (await page.getByRole('link', { name: 'Metadata (JSON)' }).getAttribute('href')) ?? '',
      ),
    ) as unknown;
    const ajv = addFormats(new Ajv2020());
    const validate = ajv.compile(
      JSON.parse(await readFile('docs/schemas/article.schema.json', 'utf8')) as object,
    );
    expect(validate(metadata), JSON.stringify(validate.errors)).toBe(true);
    expect(metadata).toMatchObject({ id: SEED_ID, published: '2023-04-17', eventDate: '2023-04-14' });
  });

  test('a person’s and a theme’s pages link their own slice of the appearances', async ({ page }) => {
    await page.goto('people/zhou-pengju/');
    const personRows = parseCsv(await download(page, 'Appearances of Zhou Pengju (CSV)'), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(personRows.length).toBeGreaterThan(0);
    expect(new Set(personRows.map((row) => row['person_id']))).toEqual(new Set(['zhou-pengju']));

    await page.goto('themes/talent/');
    const themeRows = parseCsv(await download(page, 'Appearances in Talent (CSV)'), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(themeRows.map((row) => row['article_id'])).toContain(SEED_ID);
    expect(new Set(themeRows.map((row) => row['kind']))).toEqual(new Set(['speaker', 'mentioned']));
  });
});
