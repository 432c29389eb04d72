/**
 * Runs one command and measures it the way the benchmark reports it: wall time, exit status, what
 * it printed, the peak resident memory (`VmHWM`) of every process in its tree, sampled from
 * `/proc` every 100 ms, and the bytes the tree wrote to storage (so memory and writes are measured
 * on Linux only).
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
  /**
   * Bytes the command's processes handed to storage (`write_bytes` of `/proc/self/io`, which counts
   * the processes this one has waited for, and theirs), whether or not they reached the disk before
   * the command ended; undefined where the kernel does not count them.
   */
  writtenBytes: number | undefined;
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
  const writtenBefore = bytesWrittenByWaitedForProcesses();
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
  const ms = performance.now() - started;
  const writtenAfter = bytesWrittenByWaitedForProcesses();
  const writtenBytes =
    writtenBefore === undefined || writtenAfter === undefined ? undefined : writtenAfter - writtenBefore;
  return { ms, status, output, peakRssKB, peakByProgram, writtenBytes };
}

/**
 * This process's `write_bytes`: the kernel adds to it what each child wrote once the child has
 * been waited for, and the child's count holds its own children's, so the difference around a
 * command is what its whole tree wrote. Undefined off Linux or without I/O accounting.
 */
function bytesWrittenByWaitedForProcesses(): number | undefined {
  try {
    const io = readFileSync('/proc/self/io', 'utf8');
    const bytes = /^write_bytes:\s+(\d+)$/m.exec(io)?.[1];
    return bytes === undefined ? undefined : Number(bytes);
  } catch {
    return undefined;
  }
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

/** "412 MB written", or nothing where writes are not counted. */
export function describeWritten(measured: Measured): string {
  return measured.writtenBytes === undefined
    ? ''
    : `${Math.round(measured.writtenBytes / 1024 / 1024)} MB written`;
}

/** "node 1520 MB, pagefind 1780 MB" */
export function describePeaks(measured: Measured): string {
  return [...measured.peakByProgram]
    .map(([program, kB]) => `${program} ${Math.round(kB / 1024)} MB`)
    .join(', ');
}
