import { mkdirSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMeasured } from '../../../scripts/lib/measure.ts';

/** A Node program whose worker thread starts a child that holds about 300 MB for a second. */
const PARENT = `
const { Worker } = require('node:worker_threads');
new Worker(\`
  const { spawnSync } = require('node:child_process');
  spawnSync(process.execPath, ['-e', 'const b = Buffer.alloc(300 * 1024 * 1024, 1); setTimeout(() => b.length, 1000)']);
\`, { eval: true });
`;

/** A Node program that writes `mib` MiB to `file`. */
const writes = (file: string, mib: number) =>
  `require('node:fs').writeFileSync(${JSON.stringify(file)}, Buffer.alloc(${mib} * 2 ** 20, 1));`;

/**
 * A Node program that writes 24 MiB itself and starts another that writes 8 MiB more, into
 * `folder` (on the project's disk: a tmpfs temporary folder would count no writes).
 */
const WRITER = (folder: string) => `
${writes(`${folder}/a`, 24)}
require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(writes(`${folder}/b`, 8))}]);
`;

// Memory and writes are read from /proc, so on Linux only.
describe.runIf(process.platform === 'linux')('runMeasured', () => {
  it('counts the memory of a process started from a worker thread', async () => {
    const measured = await runMeasured(process.execPath, ['-e', PARENT]);
    expect(measured.status, measured.output).toBe(0);
    expect(measured.peakRssKB).toBeGreaterThan(250 * 1024);
  });

  it('names each program by its executable, as the report prints it', async () => {
    const measured = await runMeasured(process.execPath, ['-e', PARENT]);
    const node = basename(process.execPath);
    expect([...measured.peakByProgram.keys()]).toEqual([node]);
    expect(measured.peakByProgram.get(node)).toBe(measured.peakRssKB);
  });

  it('reports the exit status and what the command printed', async () => {
    const measured = await runMeasured(process.execPath, ['-e', 'console.log("said"); process.exit(3)']);
    expect(measured.status).toBe(3);
    expect(measured.output).toBe('said\n');
  });

  it('counts what the command and the processes it started wrote to storage', async () => {
    const folder = resolve('.tmp/measure-test');
    mkdirSync(folder, { recursive: true });
    try {
      const measured = await runMeasured(process.execPath, ['-e', WRITER(folder)]);
      expect(measured.status, measured.output).toBe(0);
      expect(measured.writtenBytes).toBeGreaterThanOrEqual(32 * 2 ** 20);
      expect(measured.writtenBytes).toBeLessThan(40 * 2 ** 20);
      const idle = await runMeasured(process.execPath, ['-e', '']);
      expect(idle.writtenBytes).toBeLessThan(2 ** 20);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
