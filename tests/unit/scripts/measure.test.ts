import { basename } from 'node:path';
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

// Memory is read from /proc, so on Linux only.
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
});
