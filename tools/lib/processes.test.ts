/**
 * The servers of the tools and tests: a free port is one a server can listen
 * on at once; a started process is ready when its output says so, and its
 * whole process group (what it spawned too) stops with it, also when it
 * ignores SIGTERM; a process that exits or stays silent fails with its output.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

test('a free port is one a server on 127.0.0.1 can listen on', async () => {
  const port = await freePort();
  assert.ok(port > 0 && port < 65536);
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => server.close(() => resolve()));
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
  // The group got SIGTERM: the grandchild goes too (poll briefly; it is a signal, not a timing target).
  for (let i = 0; i < 50 && alive(grandchild); i++) await new Promise((resolve) => setTimeout(resolve, 20));
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
  await new Promise((resolve) => (server.child.exitCode !== null ? resolve(undefined) : server.child.once('exit', resolve)));
  await server.stop();
});
