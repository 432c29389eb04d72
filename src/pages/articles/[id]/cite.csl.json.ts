import { articleFileRoute } from '../../../site/archive.ts';

// Served by `astro dev`; a build writes the file beside the page instead (src/integrations/article-files.ts).
const route = articleFileRoute('cite.csl.json');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
