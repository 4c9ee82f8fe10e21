/** Long-running child processes whose output is prefixed with their name. */
import { spawn, type ChildProcess } from 'node:child_process';
import { stopGroup } from '../lib/processes.ts';

export interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}

export function startChild(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; onLine?: (line: string) => void }): Child {
  // Own process group, so stopping it also stops what it started (next dev spawns workers).
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      // Drop terminal control sequences (colours, cursor) that Next.js prints.
      for (const line of lines.map((text) => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, ''))) {
        console.log(`[${name}] ${line}`);
        options.onLine?.(line);
      }
    });
  }

  const stop = () => stopGroup(child, exited);
  return { name, process: child, exited, stop };
}
