/**
 * Runs a command for the scale bench and measures what a CI runner pays for
 * it: wall time and the peak resident memory of the whole process tree (the
 * command and every process it starts), sampled from /proc every 200 ms.
 * Outside Linux the peak is reported as unknown.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Measured {
  code: number;
  ms: number;
  /** Peak of the summed RSS of the tree, in bytes; undefined where /proc is missing. */
  peakRss: number | undefined;
  stdout: string;
  stderr: string;
}

const PAGE_SIZE = 4096;

/** Resident bytes of every process in the tree rooted at `pid`. */
export function treeRss(pid: number): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const children = new Map<number, number[]>();
  for (const name of entries) {
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command name (field 2) may hold spaces, so split after its `)`.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(name));
      children.set(parent, list);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${current}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Ended already.
    }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env } });
    let stdout = '';
    let stderr = '';
    let peak: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const sample = (): void => {
      if (child.pid === undefined) return;
      const rss = treeRss(child.pid);
      if (rss !== undefined) peak = Math.max(peak ?? 0, rss);
    };
    const timer = setInterval(sample, 200);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, ms: performance.now() - start, peakRss: peak, stdout, stderr });
    });
  });
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return 'unknown';
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(0)} MB`;
  return `${(bytes / 1024).toFixed(0)} KB`;
}
