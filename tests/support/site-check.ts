/**
 * Checks a built site the way a crawler would: every internal link, image, stylesheet and
 * script must point at a file in the build, and every `#fragment` at an id on that page.
 */
import { Parser } from 'htmlparser2';

/** Attributes that load or link to another resource, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};

/** What a page links to, and the ids it offers as fragment targets. */
export interface PageLinks {
  urls: string[];
  ids: Set<string>;
}

/** Reads the URLs a page points at and the ids it defines. */
export function extractLinks(html: string): PageLinks {
  const urls: string[] = [];
  const ids = new Set<string>();
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes['id']) ids.add(attributes['id']);
      for (const attribute of URL_ATTRIBUTES[name] ?? []) {
        const value = attributes[attribute];
        if (value !== undefined) urls.push(value);
      }
      if (name === 'img' && attributes['srcset']) {
        for (const candidate of attributes['srcset'].split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) urls.push(url);
        }
      }
    },
  });
  parser.write(html);
  parser.end();
  return { urls, ids };
}

/** Where a URL found on a page leads inside the build, or null when it leaves the site. */
export interface Target {
  /** File in the build, relative to its root, e.g. `people/zhou-pengju/index.html`. */
  file: string;
  fragment?: string | undefined;
}

const ORIGIN = 'http://site.invalid';

/**
 * Resolves `url` found on the page at `pagePath` (a file path relative to the build root) for a
 * site deployed under `base`. Other hosts, `mailto:` and the like give null.
 */
export function resolveTarget(url: string, pagePath: string, base: string): Target | null | 'outside-base' {
  const pageUrl = new URL(`${base}${pagePath.replace(/(^|\/)index\.html$/, '$1')}`, ORIGIN);
  const resolved = new URL(url, pageUrl);
  if (resolved.origin !== ORIGIN) return null;
  if (!resolved.pathname.startsWith(base)) return 'outside-base';
  let file = decodeURIComponent(resolved.pathname.slice(base.length));
  if (file === '' || file.endsWith('/')) file = `${file}index.html`;
  const fragment = resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : undefined;
  return { file, fragment };
}

/**
 * Lists every broken internal reference in a build: `page: url (problem)`.
 * @param pages HTML of every page, keyed by path relative to the build root.
 * @param fileExists whether a non-HTML file exists in the build.
 */
export function findBrokenLinks(
  pages: ReadonlyMap<string, string>,
  base: string,
  fileExists: (file: string) => boolean,
): string[] {
  const links = new Map([...pages].map(([path, html]) => [path, extractLinks(html)]));
  const broken: string[] = [];
  for (const [path, { urls, ids }] of links) {
    for (const url of urls) {
      const target = resolveTarget(url, path, base);
      if (target === null) continue;
      if (target === 'outside-base') {
        broken.push(`${path}: ${url} (outside the base path ${base})`);
        continue;
      }
      const targetLinks = target.file === path ? { ids } : links.get(target.file);
      if (!targetLinks && !fileExists(target.file)) {
        broken.push(`${path}: ${url} (no file ${target.file})`);
      } else if (target.fragment && targetLinks && !targetLinks.ids.has(target.fragment)) {
        broken.push(`${path}: ${url} (no id "${target.fragment}" on ${target.file})`);
      }
    }
  }
  return broken;
}
