/**
 * Builds the archive with explicit settings, for tests and the benchmark:
 *
 *   node scripts/build-site.ts --out .tmp/site --base /archive/ --content tests/fixtures/content
 *
 * Runs `astro build --force` (or, with `force: false`, a build that may reuse the last one's caches) in a child process with BASE_PATH, ARCHIVE_CONTENT_DIR and TZ set,
 * and without the caller's names for Astro's own settings (`NOT_INHERITED`), so the build sees
 * exactly what a deploy with those settings would.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs, stripVTControlCharacters } from 'node:util';

/** Options of one build; `content` and `timeZone` fall back to `./content` and the machine's zone. */
export interface BuildOptions {
  outDir: string;
  base?: string | undefined;
  content?: string | undefined;
  timeZone?: string | undefined;
  site?: string | undefined;
  /** Astro's cache folder (`ARCHIVE_CACHE_DIR`); `node_modules/.astro` when not given. */
  cacheDir?: string | undefined;
  /** `astro build --force` (the default): ignore every cache of an earlier build. */
  force?: boolean | undefined;
}

/**
 * Names the build must not take from the caller's environment: Astro hands every environment
 * variable to server code as `import.meta.env.<name>`, ahead of its own `BASE_URL`, `SITE` and
 * the rest, so a `BASE_URL=/` (which Vitest sets, with `NODE_ENV=test`) made robots.txt and the
 * feeds of a `/archive/` build point at `/`. `FORCE_COLOR` would undo `NO_COLOR`.
 */
const NOT_INHERITED = [
  'BASE_URL',
  'SITE',
  'ASSETS_PREFIX',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'NODE_ENV',
  'FORCE_COLOR',
];

/** The environment of one build: the caller's, without `NOT_INHERITED`, with `options` set. */
export function buildEnvironment(
  options: Omit<BuildOptions, 'outDir'>,
  callerEnv: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...callerEnv, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  for (const name of NOT_INHERITED) delete env[name];
  if (options.base !== undefined) env['BASE_PATH'] = options.base;
  if (options.content !== undefined) env['ARCHIVE_CONTENT_DIR'] = options.content;
  if (options.timeZone !== undefined) env['TZ'] = options.timeZone;
  if (options.site !== undefined) env['SITE_URL'] = options.site;
  if (options.cacheDir !== undefined) env['ARCHIVE_CACHE_DIR'] = options.cacheDir;
  return env;
}

/** Builds the site; returns Astro's exit status and everything it printed, without colour codes. */
export function buildSite(options: BuildOptions): { status: number; output: string } {
  const env = buildEnvironment(options);
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/astro/bin/astro.mjs',
      'build',
      ...(options.force === false ? [] : ['--force']),
      '--outDir',
      options.outDir,
    ],
    { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const output = stripVTControlCharacters(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  return { status: result.status ?? 1, output };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'dist' },
      base: { type: 'string' },
      content: { type: 'string' },
      tz: { type: 'string' },
      site: { type: 'string' },
    },
  });
  const { status, output } = buildSite({
    outDir: values.out,
    base: values.base,
    content: values.content,
    timeZone: values.tz,
    site: values.site,
  });
  process.stdout.write(output);
  process.exit(status);
}
