/**
 * The site a user would otherwise pick, for the benchmark's side-by-side (`--vs-stock`): a stock
 * Astro 7 project with Astro's defaults (its own Markdown renderer, no integrations) and four page
 * types from a content collection — an index of every article, one page per article, per person
 * and per theme — over the same content folder as the archive. Written the way the Astro docs
 * show, with each page's list computed once per route rather than once per page.
 */
import type { CorpusFile } from './synthetic-corpus.ts';

/** Every file of the stock project, relative to its root; `contentDir` is an absolute path. */
export function stockSiteFiles(contentDir: string): CorpusFile[] {
  const content = JSON.stringify(contentDir);
  return [
    { path: 'package.json', text: '{ "private": true, "type": "module" }\n' },
    {
      path: 'astro.config.mjs',
      text: "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n",
    },
    {
      path: 'src/content.config.ts',
      text: `import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = ${content};
const articles = defineCollection({
  loader: glob({ base: \`\${root}/articles\`, pattern: '**/*.md' }),
  schema: z.object({
    title: z.string(),
    published: z.coerce.date(),
    speakers: z.array(z.object({ person: z.string(), role: z.string(), act: z.string() })).default([]),
    mentions: z.array(z.object({ person: z.string() })).default([]),
    themes: z.array(z.string()),
  }),
});
const people = defineCollection({
  loader: glob({ base: \`\${root}/people\`, pattern: '**/*.yaml' }),
  schema: z.object({ name: z.string() }),
});
const themes = defineCollection({
  loader: file(\`\${root}/themes.yaml\`),
  schema: z.object({ label: z.string() }),
});
export const collections = { articles, people, themes };
`,
    },
    {
      path: 'src/layouts/Layout.astro',
      text: `---
const { title } = Astro.props;
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><nav><a href="/">Home</a></nav><main><slot /></main></body>
</html>
`,
    },
    {
      path: 'src/pages/index.astro',
      text: `---
import { getCollection } from 'astro:content';
import Layout from '../layouts/Layout.astro';
const articles = (await getCollection('articles')).sort(
  (a, b) => b.data.published.valueOf() - a.data.published.valueOf(),
);
---
<Layout title="Articles">
  <ul>{articles.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{a.data.title}</a> {a.data.published.toISOString().slice(0, 10)}</li>)}</ul>
</Layout>
`,
    },
    {
      path: 'src/pages/articles/[...id].astro',
      text: `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title}>
  <h1>{entry.data.title}</h1>
  <p>{entry.data.published.toISOString().slice(0, 10)}</p>
  <ul>{entry.data.speakers.map((s) => <li><a href={\`/people/\${s.person}/\`}>{s.person}</a>, {s.role}, {s.act}</li>)}</ul>
  <Content />
  <ul>{entry.data.themes.map((t) => <li><a href={\`/themes/\${t}/\`}>{t}</a></li>)}</ul>
</Layout>
`,
    },
    {
      path: 'src/pages/people/[id].astro',
      text: `---
import { getCollection, type CollectionEntry } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
export async function getStaticPaths() {
  const byPerson = new Map<string, CollectionEntry<'articles'>[]>();
  for (const article of await getCollection('articles')) {
    const ids = new Set([...article.data.speakers, ...article.data.mentions].map((p) => p.person));
    for (const id of ids) {
      if (!byPerson.has(id)) byPerson.set(id, []);
      byPerson.get(id)!.push(article);
    }
  }
  return (await getCollection('people')).map((person) => ({
    params: { id: person.id },
    props: { person, articles: byPerson.get(person.id) ?? [] },
  }));
}
const { person, articles } = Astro.props;
---
<Layout title={person.data.name}>
  <h1>{person.data.name}</h1>
  <ul>{articles.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{a.data.title}</a></li>)}</ul>
</Layout>
`,
    },
    {
      path: 'src/pages/themes/[id].astro',
      text: `---
import { getCollection, type CollectionEntry } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
export async function getStaticPaths() {
  const byTheme = new Map<string, CollectionEntry<'articles'>[]>();
  for (const article of await getCollection('articles'))
    for (const id of article.data.themes) {
      if (!byTheme.has(id)) byTheme.set(id, []);
      byTheme.get(id)!.push(article);
    }
  return (await getCollection('themes')).map((theme) => ({
    params: { id: theme.id },
    props: { theme, articles: byTheme.get(theme.id) ?? [] },
  }));
}
const { theme, articles } = Astro.props;
---
<Layout title={theme.data.label}>
  <h1>{theme.data.label}</h1>
  <ul>{articles.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{a.data.title}</a></li>)}</ul>
</Layout>
`,
    },
  ];
}
