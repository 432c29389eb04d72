/**
 * Astro middleware, added by the search index integration (`pagefind.ts`): in a build it hands each
 * rendered article page to the search index as it is rendered (`src/core/rendered-pages.ts`). In
 * `astro dev`, and in a build for any other page, it passes the response on untouched.
 */
import type { MiddlewareHandler } from 'astro';
import { handOverRenderedPage } from '../core/rendered-pages.ts';

export const onRequest: MiddlewareHandler = async (context, next) =>
  handOverRenderedPage(context.url.pathname, await next());
