/**
 * The servers of the tools and tests: a free port is one a server can listen
 * on at once, asked for on loopback only; a started process gets its parent's
 * environment and the extra variables, no standard input, and is ready when
 * its output says so; its whole process group (what it spawned too) stops
 * with it, also when it ignores SIGTERM or has itself exited already; a
 * process that exits or stays silent fails with its output.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { createServer } from 'node:net';
import { after, test } from 'node:test';
import { freePort, startProcess, stopGroup } from './processes.ts';

/** Every process a test starts; whatever a broken stop leaves running is killed when the file ends. */
const started: number[] = [];
after(() => {
  for (const pid of started) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/** Whether a process still runs: a zombie (exited, not yet reaped by a parent that ignores it) counts as gone. */
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** Polls (briefly: it waits for a signal to land, it is not a timing target) until `pid` has gone. */
async function goneWithin1s(pid: number): Promise<void> {
  for (let i = 0; i < 50 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Resolves once `child` has exited (at once if it has). */
function exitOf(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
}

test('a free port is one a server on 127.0.0.1 can listen on', async () => {
  const port = await freePort();
  assert.ok(port > 0 && port < 65536);
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/**
 * Runs `body` while node:net's createServer returns a stand-in that records
 * how it was asked to listen and then behaves as `behave` says (the module's
 * ESM binding follows the CommonJS one through syncBuiltinESMExports).
 */
async function withFakeServer(behave: (server: EventEmitter, done: () => void) => void, body: () => Promise<void>): Promise<unknown[]> {
  const net = createRequire(import.meta.url)('node:net') as typeof import('node:net');
  const real = net.createServer;
  let listenArgs: unknown[] = [];
  (net as { createServer: unknown }).createServer = () => {
    const server = new EventEmitter() as EventEmitter & Record<string, unknown>;
    server.listen = (...args: unknown[]) => {
      listenArgs = args.slice(0, 2);
      behave(server, args[2] as () => void);
      return server;
    };
    server.close = (callback: () => void) => callback();
    return server;
  };
  syncBuiltinESMExports();
  try {
    await body();
  } finally {
    (net as { createServer: unknown }).createServer = real;
    syncBuiltinESMExports();
  }
  return listenArgs;
}

test('a free port is asked for on 127.0.0.1 only, and a failure to get one rejects', async () => {
  const listenArgs = await withFakeServer(
    (server) => server.emit('error', new Error('EADDRNOTAVAIL 127.0.0.1')),
    () => assert.rejects(freePort(), /^Error: EADDRNOTAVAIL 127\.0\.0\.1$/),
  );
  assert.deepEqual(listenArgs, [0, '127.0.0.1']);
  for (const address of [null, '/tmp/a-pipe']) {
    await withFakeServer(
      (server, done) => {
        (server as EventEmitter & { address: () => unknown }).address = () => address;
        done();
      },
      () => assert.rejects(freePort(), /^Error: no port$/),
    );
  }
});

test('a process gets the environment of its parent and the extra variables', async () => {
  process.env.PROCESSES_TEST_PARENT = 'from the parent';
  try {
    const server = await startProcess({
      name: 'env',
      command: process.execPath,
      args: ['-e', "console.log(process.env.PROCESSES_TEST_PARENT + ' + ' + process.env.EXTRA + ' ready')"],
      env: { EXTRA: 'extra' },
      readyWhen: /ready/,
    });
    assert.equal(server.output(), 'from the parent + extra ready\n');
    await server.stop();
  } finally {
    delete process.env.PROCESSES_TEST_PARENT;
  }
});

test("a process's standard input is closed, so a server that reads it does not wait for input", async () => {
  const server = await startProcess({
    name: 'reader',
    command: process.execPath,
    args: ['-e', "process.stdin.on('end', () => console.log('stdin ended')).resume(); setInterval(() => {}, 1000);"],
    readyWhen: /stdin ended/,
    timeoutMs: 5000,
  });
  started.push(server.child.pid!);
  await server.stop();
});

test('a process is ready when its output matches, keeps its output, and stops with the child it spawned', async () => {
  // The parent prints its grandchild's pid, then ready; both would run for a minute.
  const script = `const { spawn } = require('node:child_process');
const grandchild = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
console.log('grandchild ' + grandchild.pid);
console.error('ready on stderr');
setTimeout(() => {}, 60000);`;
  const server = await startProcess({ name: 'parent', command: process.execPath, args: ['-e', script], readyWhen: /ready on stderr/ });
  const grandchild = Number(/grandchild (\d+)/.exec(server.output())?.[1]);
  started.push(server.child.pid!, grandchild);
  assert.ok(grandchild > 0, server.output());
  assert.match(server.output(), /ready on stderr/);
  assert.equal(alive(grandchild), true);
  await server.stop();
  assert.notEqual(server.child.exitCode ?? server.child.signalCode, null, 'the parent has exited');
  // The group got SIGTERM: the grandchild goes too.
  await goneWithin1s(grandchild);
  assert.equal(alive(grandchild), false, 'the grandchild stopped with its group');
});

test('a process that ignores SIGTERM is killed after the grace time', async () => {
  const server = await startProcess({
    name: 'stubborn',
    command: process.execPath,
    args: ['-e', "process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000);"],
    readyWhen: /up/,
  });
  started.push(server.child.pid!);
  const exited = new Promise((resolve) => server.child.once('exit', (_code, signal) => resolve(signal)));
  await stopGroup(server.child, exited, 100);
  assert.equal(await exited, 'SIGKILL');
});

test('a process that exits before it is ready, or never says so, fails with its name and output', async () => {
  await assert.rejects(
    startProcess({ name: 'quitter', command: process.execPath, args: ['-e', "console.log('bad config'); process.exit(3)"], readyWhen: /ready/ }),
    /^Error: quitter exited with code 3 before it was ready\. Output:\nbad config\n$/,
  );
  await assert.rejects(
    startProcess({ name: 'silent', command: process.execPath, args: ['-e', "console.log('starting'); setInterval(() => {}, 1000)"], readyWhen: /ready/, timeoutMs: 300 }),
    /^Error: silent did not start within 300 ms\. Output:\nstarting\n$/,
  );
});

test('stopping a process that has already exited returns at once', async () => {
  const server = await startProcess({ name: 'brief', command: process.execPath, args: ['-e', "console.log('ready')"], readyWhen: /ready/ });
  await exitOf(server.child);
  await server.stop();
});

test('stopping without the exit promise waits for the exit', async () => {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore', detached: true });
  started.push(child.pid!);
  await new Promise((resolve) => child.once('spawn', resolve));
  await stopGroup(child);
  assert.equal(child.signalCode, 'SIGTERM');
});

test('stopping a leader that has exited still stops what it left running in its group', async () => {
  const script = `const { spawn } = require('node:child_process');
const grandchild = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
grandchild.unref();
console.log('grandchild ' + grandchild.pid + ' ready');`;
  const server = await startProcess({ name: 'leaver', command: process.execPath, args: ['-e', script], readyWhen: /ready/ });
  const grandchild = Number(/grandchild (\d+)/.exec(server.output())?.[1]);
  started.push(grandchild);
  await exitOf(server.child);
  assert.equal(alive(grandchild), true, 'the grandchild outlived its parent');
  // Without the exit promise: the leader's exit has happened, so nothing is awaited.
  await stopGroup(server.child);
  await goneWithin1s(grandchild);
  assert.equal(alive(grandchild), false, 'the grandchild stopped with its group');
});

test('a child that leads no process group is not waited for (stopGroup needs detached: true)', async () => {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  started.push(child.pid!);
  await new Promise((resolve) => child.once('spawn', resolve));
  await stopGroup(child, undefined, 100);
  assert.equal(child.exitCode ?? child.signalCode, null, 'no signal reached it');
  child.kill('SIGKILL');
});
