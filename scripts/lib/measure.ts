/**
 * Runs one command and measures it the way the benchmark reports it: wall time, exit status, what
 * it printed, and the peak resident memory (`VmHWM`) of every process in its tree, sampled from
 * `/proc` every 100 ms (so memory is measured on Linux only).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { basename } from 'node:path';

export interface Measured {
  ms: number;
  status: number;
  /** stdout and stderr, interleaved as they arrived. */
  output: string;
  /** Highest resident set size of any one process of the tree, in kB. */
  peakRssKB: number;
  /** The same per program name (`node`, `pagefind`…), to say which one needs the memory. */
  peakByProgram: Map<string, number>;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export async function runMeasured(
  command: string,
  args: string[],
  options: RunOptions = {},
): Promise<Measured> {
  let peakRssKB = 0;
  const peakByProgram = new Map<string, number>();
  const sampleTree = (rootPid: number) => {
    const pids = [rootPid];
    for (let index = 0; index < pids.length; index += 1) {
      const pid = pids[index]!;
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        peakRssKB = Math.max(peakRssKB, hwm);
        const program = programOf(pid);
        if (hwm > 0) peakByProgram.set(program, Math.max(peakByProgram.get(program) ?? 0, hwm));
        // A process started from a worker thread is listed as a child of that thread, not of the
        // process's main thread (the search index's Pagefind processes are).
        for (const task of readdirSync(`/proc/${pid}/task`)) {
          const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
          if (children) pids.push(...children.split(/\s+/).map(Number));
        }
      } catch {
        // The process ended between listing and reading: nothing to sample.
      }
    }
  };
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const sampler = setInterval(() => child.pid && sampleTree(child.pid), 100);
  const status = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  clearInterval(sampler);
  return { ms: performance.now() - started, status, output, peakRssKB, peakByProgram };
}

/**
 * A process's executable's name (its own name, `comm`, is its main thread's, which Node sets to
 * `MainThread`), or that own name where the executable cannot be read.
 */
function programOf(pid: number): string {
  try {
    return basename(readlinkSync(`/proc/${pid}/exe`));
  } catch {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  }
}

/** "node 1520 MB, pagefind 1780 MB" */
export function describePeaks(measured: Measured): string {
  return [...measured.peakByProgram]
    .map(([program, kB]) => `${program} ${Math.round(kB / 1024)} MB`)
    .join(', ');
}
