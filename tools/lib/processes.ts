/**
 * Servers that the tools and the tests start: a free loopback port to put
 * them on, and child processes started in their own process group and stopped
 * with it (so what they spawn, such as next's workers, stops too). Shared by
 * tools/replay, tools/sample, tools/bench and the tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Asks the OS for a free port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ServerProcess {
  name: string;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output: () => string;
  stop: () => Promise<void>;
}

export interface StartOptions {
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Resolves once the output matches this pattern. */
  readyWhen: RegExp;
  timeoutMs?: number;
}

export async function startProcess(options: StartOptions): Promise<ServerProcess> {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const ready = new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(
      () => reject(new Error(`${options.name} did not start within ${options.timeoutMs ?? 60_000} ms. Output:\n${output}`)),
      options.timeoutMs ?? 60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.readyWhen.test(output)) {
        clearTimeout(timeout);
        resolve();
      }
    };
    // Stryker disable next-line OptionalChaining: with stdio 'pipe' both streams always exist
    child.stdout?.on('data', onData);
    // Stryker disable next-line OptionalChaining: with stdio 'pipe' both streams always exist
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timeout);
      reject(new Error(`${options.name} exited with code ${code} before it was ready. Output:\n${output}`));
    });
  });

  const stop = () => stopGroup(child, exited);

  try {
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  return { name: options.name, child, output: () => output, stop };
}

/**
 * Stops a child that leads its own process group (spawned with `detached:
 * true`), with everything it started: SIGTERM, then SIGKILL after `graceMs`.
 * Resolves once it has exited (`exited`, when given, is its exit promise).
 * A leader that has already exited may leave what it started running in its
 * group (a server whose workers outlive it): they get the SIGTERM too.
 */
export async function stopGroup(child: ChildProcess, exited?: Promise<unknown>, graceMs = 5000): Promise<void> {
  const running = child.exitCode === null && child.signalCode === null;
  const gone = running ? (exited ?? new Promise<void>((resolve) => child.once('exit', () => resolve()))) : undefined;
  const signal = (name: NodeJS.Signals): boolean => {
    try {
      process.kill(-child.pid!, name);
      return true;
    } catch {
      return false; // the group is gone, or the child never started (no pid)
    }
  };
  // Stryker disable next-line StringLiteral: process.kill reads an empty signal name as SIGTERM
  if (!signal('SIGTERM')) return;
  // A leader that has exited leaves nothing to wait for (gone is undefined).
  const killer = setTimeout(() => signal('SIGKILL'), graceMs);
  await gone;
  clearTimeout(killer);
}
