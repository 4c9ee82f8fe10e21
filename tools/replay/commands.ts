/**
 * The replay's processes: a command run to its end, and a server started until
 * a line of its output says it is ready. Each failure (an exit code, a spawn
 * error, a timeout) is a ReplayError at the guide's place for the step, with
 * the last lines the process printed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { stopGroup } from '../lib/processes.ts';
import { ReplayError, type Place } from './plan.ts';

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  allowFailure?: boolean;
  /** Where to list the process, so that the replay stops it when it ends early. */
  track?: ChildProcess[];
}

/** Runs a command to its end; a failure (or a timeout) names the guide's place and the step. */
export function run(place: Place, stepName: string, command: string, args: string[], options: RunOptions): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    options.track?.push(child);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      void stopGroup(child);
      reject(new ReplayError(place, stepName, `no end after ${options.timeoutMs / 1000} s\n${tail(output, 20)}`));
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new ReplayError(place, stepName, `cannot run ${command}: ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0 && !options.allowFailure) reject(new ReplayError(place, stepName, `exited with code ${code}\n${tail(output, 30)}`));
      else resolve({ code: code ?? 1, output });
    });
  });
}

/** Starts a server process; `waitFor` resolves once a line matches, and fails if it exits first. */
export function start(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  return {
    child,
    waitFor: (pattern: RegExp, timeoutMs: number, place: Place, stepName: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (pattern.test(output)) done(resolve);
        };
        const done = (finish: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          finish();
        };
        const timer = setTimeout(() => done(() => reject(new ReplayError(place, stepName, `not ready after ${timeoutMs / 1000} s\n${tail(output, 20)}`))), timeoutMs);
        child.once('exit', (code) => done(() => reject(new ReplayError(place, stepName, `exited with code ${code}\n${tail(output, 20)}`))));
        listeners.add(check);
        check();
      }),
  };
}

/** The last lines of a process's output, indented under the error message. */
export function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).map((line) => `    ${line}`).join('\n');
}
