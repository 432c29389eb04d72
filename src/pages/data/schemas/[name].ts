import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { jsonFile } from '../../../site/data-downloads.ts';
import { DATA_SCHEMAS } from '../../../site/data-schemas.ts';
import { pageKey } from '../../../site/page-keys.ts';

export const getStaticPaths = (() =>
  [...DATA_SCHEMAS].map(([name, schema]) => ({
    params: { name },
    props: { schema },
    cacheKey: pageKey(schema),
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** A JSON Schema of the data downloads, as kept in docs/schemas/. */
export const GET: APIRoute<Props> = ({ props: { schema } }) =>
  new Response(jsonFile(schema), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
