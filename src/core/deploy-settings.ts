/** Where the built archive will be served from, read from the environment at build time. */
export interface DeploySettings {
  /** Absolute origin the archive is published at, used for canonical URLs, feeds and the sitemap. */
  site: string;
  /** Path prefix the archive lives under: `/` at a domain's root, `/archive/` under a sub-path. */
  base: string;
}

/** The origin used when `SITE_URL` is not set; fine for local builds, wrong for production. */
export const DEFAULT_SITE = 'http://localhost:4321';

/**
 * Reads `SITE_URL` and `BASE_PATH` (docs/deploying.md) and normalises them.
 * @throws Error naming the variable and the fix when a value is malformed.
 */
export function readDeploySettings(env: Record<string, string | undefined>): DeploySettings {
  const rawSite = env['SITE_URL']?.trim() || DEFAULT_SITE;
  let site: URL;
  try {
    site = new URL(rawSite);
  } catch {
    throw new Error(
      `SITE_URL: "${rawSite}" is not an absolute URL; set it like SITE_URL=https://news.example.org`,
    );
  }
  if (site.protocol !== 'https:' && site.protocol !== 'http:') {
    throw new Error(`SITE_URL: "${rawSite}" must start with https:// or http://`);
  }
  return { site: site.origin, base: normaliseBase(env['BASE_PATH'] ?? '/') };
}

/**
 * Turns `archive`, `/archive`, `/archive/` into `/archive/`, and an empty value into `/`.
 * @throws Error when the path holds characters that do not belong in a URL path.
 */
export function normaliseBase(rawBase: string): string {
  const trimmed = rawBase.trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (
    !/^[A-Za-z0-9._~\-/]+$/.test(trimmed) ||
    trimmed.split('/').some((part) => part === '' || part === '..')
  ) {
    throw new Error(
      `BASE_PATH: "${rawBase}" is not a plain URL path; use letters, digits, "-", "_", "." and "/" like BASE_PATH=/archive/`,
    );
  }
  return `/${trimmed}/`;
}
