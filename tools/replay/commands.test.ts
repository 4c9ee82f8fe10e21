/**
 * The replay's processes, with real child processes (node -e): a command's
 * output and exit code, a failure, a missing program and a timeout named at
 * the guide's place; a server that is ready once its output says so, and one
 * that exits or never gets ready.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { test } from 'node:test';
import { ReplayError } from './plan.ts';
import { run, start, tail } from './commands.ts';

const place = { file: 'docs/guide.mdx', line: 7 };
const node = process.execPath;
const options = { cwd: process.cwd(), env: process.env, timeoutMs: 10_000 };

/** Waits until `done()` holds, checking every 100 ms, for at most 10 s (the assertion after it says whether it held). */
async function waitUntil(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** The ReplayError a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<ReplayError> {
  const error = await promise.then(
    () => assert.fail('expected a failure'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof ReplayError, String(error));
  assert.deepEqual(error.place, place);
  return error;
}

test('run: resolves with the exit code and everything the command printed, stdout and stderr', async () => {
  const result = await run(place, 'echo', node, ['-e', 'console.log("out"); console.error("err")'], options);
  assert.equal(result.code, 0);
  assert.deepEqual(result.output.split('\n').filter(Boolean).sort(), ['err', 'out']);
});

test('run: runs in the given folder with the given environment', async () => {
  const result = await run(place, 'where', node, ['-e', 'console.log(process.cwd(), process.env.REPLAY_TEST_VALUE)'], { ...options, cwd: '/tmp', env: { ...process.env, REPLAY_TEST_VALUE: 'seen' } });
  assert.equal(result.output, '/tmp seen\n');
});

test('run: a non-zero exit fails at the place and step, with the last 30 lines printed', async () => {
  const script = 'for (let i = 1; i <= 40; i++) console.log("line " + i); process.exit(3)';
  const error = await rejection(run(place, 'npm i x', node, ['-e', script], options));
  assert.equal(error.step, 'npm i x');
  const lines = error.message.split('\n');
  assert.equal(lines[0], 'docs/guide.mdx:7 (npm i x): exited with code 3');
  assert.deepEqual(lines.slice(1), Array.from({ length: 30 }, (_, index) => `    line ${index + 11}`));
});

test('run: with allowFailure a non-zero exit resolves with its code and output', async () => {
  const result = await run(place, 'tsc', node, ['-e', 'console.log("error TS1"); process.exit(2)'], { ...options, allowFailure: true });
  assert.deepEqual(result, { code: 2, output: 'error TS1\n' });
});

test('run: a program that does not exist fails, naming it', async () => {
  const error = await rejection(run(place, 'scaffold', 'replay-no-such-program', [], options));
  assert.match(error.message, /^docs\/guide\.mdx:7 \(scaffold\): cannot run replay-no-such-program: spawn replay-no-such-program ENOENT$/);
});

test('run: a command that does not end in time is stopped, with what it printed', async () => {
  const tracked: ChildProcess[] = [];
  const started = Date.now();
  const error = await rejection(run(place, 'next build', node, ['-e', 'console.log("building"); setInterval(() => {}, 1000)'], { ...options, timeoutMs: 1_500, track: tracked }));
  assert.equal(error.message, 'docs/guide.mdx:7 (next build): no end after 1.5 s\n    building');
  assert.ok(Date.now() - started >= 1_400);
  assert.equal(tracked.length, 1, 'the process is listed where the caller asked');
  const stopped = () => tracked[0]!.exitCode !== null || tracked[0]!.signalCode !== null;
  await waitUntil(stopped);
  assert.equal(tracked[0]!.signalCode, 'SIGTERM', 'the command was stopped');
});

test('start: waitFor resolves once the output matches, also output printed before the call', async () => {
  const server = start(node, ['-e', 'console.error("booting"); setTimeout(() => console.log("Ready in 5ms"), 300); setInterval(() => {}, 1000)'], process.cwd(), process.env);
  try {
    await server.waitFor(/Ready in/, 10_000, place, 'next start');
    await server.waitFor(/booting/, 10_000, place, 'next start');
  } finally {
    server.child.kill('SIGKILL');
  }
});

test('start: a server that exits before it is ready fails with its exit code and output', async () => {
  const server = start(node, ['-e', 'console.log("port in use"); process.exit(4)'], process.cwd(), process.env);
  const error = await rejection(server.waitFor(/Ready in/, 10_000, place, 'next start'));
  assert.equal(error.message, 'docs/guide.mdx:7 (next start): exited with code 4\n    port in use');
});

test('start: a server that is not ready in time fails with what it printed', async () => {
  const server = start(node, ['-e', 'console.log("compiling"); setInterval(() => {}, 1000)'], process.cwd(), process.env);
  try {
    const error = await rejection(server.waitFor(/Ready in/, 1_000, place, 'npm run idp'));
    assert.equal(error.message, 'docs/guide.mdx:7 (npm run idp): not ready after 1 s\n    compiling');
  } finally {
    server.child.kill('SIGKILL');
  }
});

test('tail: the last lines, without trailing blank lines, each indented under the message', () => {
  assert.equal(tail('a\nb\nc\n\n', 2), '    b\n    c');
  assert.equal(tail('only', 5), '    only');
});

test('run: a command stopped at its timeout takes what it started with it (its process group)', { timeout: 30_000 }, async () => {
  // The command starts a child of its own that prints its pid, as next build starts workers.
  const script = "const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); console.log('worker ' + c.pid); setInterval(() => {}, 1000)";
  const error = await rejection(run(place, 'next build', node, ['-e', script], { ...options, timeoutMs: 1_500 }));
  const worker = Number(/worker (\d+)/.exec(error.message)![1]);
  const alive = () => {
    try {
      process.kill(worker, 0);
      return true;
    } catch {
      return false;
    }
  };
  await waitUntil(() => !alive());
  assert.equal(alive(), false, `the command's own child ${worker} still runs`);
});

test('a command or a server that reads its input gets none (no prompt waits for a reader)', { timeout: 30_000 }, async () => {
  const reads = "process.stdin.resume(); process.stdin.on('end', () => console.log('no input'))";
  assert.equal((await run(place, 'prompt', node, ['-e', reads], { ...options, timeoutMs: 5_000 })).output, 'no input\n');
  const server = start(node, ['-e', `${reads}; setInterval(() => {}, 1000)`], process.cwd(), process.env);
  try {
    await server.waitFor(/no input/, 5_000, place, 'server');
  } finally {
    server.child.kill('SIGKILL');
  }
});
