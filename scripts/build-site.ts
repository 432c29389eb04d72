/**
 * Builds the archive with explicit settings, for tests and the benchmark:
 *
 *   node scripts/build-site.ts --out .tmp/site --base /archive/ --content tests/fixtures/content
 *
 * Runs `astro build --force` in a child process with BASE_PATH, ARCHIVE_CONTENT_DIR and TZ set,
 * so the build sees exactly what a deploy with those settings would.
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
}

/** Builds the site; returns Astro's exit status and everything it printed, without colour codes. */
export function buildSite(options: BuildOptions): { status: number; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  delete env['FORCE_COLOR'];
  if (options.base !== undefined) env['BASE_PATH'] = options.base;
  if (options.content !== undefined) env['ARCHIVE_CONTENT_DIR'] = options.content;
  if (options.timeZone !== undefined) env['TZ'] = options.timeZone;
  if (options.site !== undefined) env['SITE_URL'] = options.site;
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', options.outDir],
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
