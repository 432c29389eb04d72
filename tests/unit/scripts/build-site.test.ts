import { describe, expect, it } from 'vitest';
import { buildEnvironment } from '../../../scripts/build-site.ts';

describe('the environment of a build', () => {
  it('sets the deploy settings it is given', () => {
    expect(
      buildEnvironment(
        { base: '/archive/', content: 'corpus', timeZone: 'Asia/Shanghai', site: 'https://a.example' },
        {},
      ),
    ).toEqual({
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      BASE_PATH: '/archive/',
      ARCHIVE_CONTENT_DIR: 'corpus',
      TZ: 'Asia/Shanghai',
      SITE_URL: 'https://a.example',
    });
  });

  it('keeps the caller’s variables but not its names for Astro’s own settings, as Vitest sets them', () => {
    const env = buildEnvironment(
      { base: '/archive/' },
      {
        PATH: '/usr/bin',
        BASE_URL: '/',
        SITE: 'https://b.example',
        MODE: 'test',
        DEV: '1',
        PROD: '',
        SSR: '1',
        NODE_ENV: 'test',
        FORCE_COLOR: '1',
      },
    );
    expect(env).toEqual({
      PATH: '/usr/bin',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      BASE_PATH: '/archive/',
    });
  });
});
