/**
 * `npm run test:replay` as a command, with the fake toolchain of
 * fixtures/toolchain first on PATH: a guide named on the command line is
 * replayed alone and its steps' times printed; a failure prints the guide's
 * place and exits 1; a name that is no guide exits 2 before anything runs.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testUser } from '../../samples/registry.ts';
import { planGuide } from './plan.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = fileURLToPath(new URL('./fixtures/toolchain/bin', import.meta.url));

function replayCli(args: string[], fake: Record<string, unknown> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, REPLAY_FAKE: JSON.stringify({ user: testUser, ...fake }) };
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/replay/cli.ts', ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

test('one guide by name: its lines prefixed with its name, its step times, and exit 0', { timeout: 90_000 }, async () => {
  const { code, stdout, stderr } = await replayCli(['pages']);
  assert.equal(code, 0, stdout + stderr);
  const lines = stdout.trimEnd().split('\n');
  assert.equal(lines[0], '[pages] replay of the guide of the Next.js Pages Router sample');
  assert.ok(lines.slice(0, -1).every((line) => line.startsWith('[pages] ')), 'only the guide named runs');
  assert.match(lines.at(-2)!, /^\[pages\] passed \(scaffold, install, write, tsc at each checkpoint \d+(\.\d)? s, local identity provider \d+(\.\d)? s, next build \d+(\.\d)? s, checkpoints \d+(\.\d)? s\)$/);
  assert.match(lines.at(-1)!, /^replay passed in \d+ s$/);
  assert.ok(lines.includes('[pages] ✓ sign out'), 'log lines are trimmed after the name');
});

test('a failure: the guide\'s place and step on stderr, the other guide still runs, exit 1', { timeout: 90_000 }, async () => {
  const install = planGuide(root, 'app').steps.find((step) => step.kind === 'install' && step.command === 'npm i jose')!;
  const { code, stdout, stderr } = await replayCli([], { fail: 'npm i jose' });
  assert.equal(code, 1, stdout + stderr);
  // jose is installed by both guides, at the same fragment line.
  for (const name of ['app', 'pages']) assert.match(stderr, new RegExp(`^\\[${name}\\] FAILED ${install.file}:${install.line} \\(npm i jose\\): exited with code 1$`, 'm'));
  assert.match(stdout, /^\[app\] replay of the guide of the Next.js App Router sample$/m);
  assert.match(stdout, /^\[pages\] replay of the guide of the Next.js Pages Router sample$/m);
  assert.match(stdout.trimEnd().split('\n').at(-1)!, /^replay failed in \d+ s$/);
});

test('an error that is not the guide\'s prints its stack, naming the guide', { timeout: 90_000 }, async () => {
  // A create-next-app that writes no package.json: the replay cannot read it (an ENOENT, not a ReplayError).
  const { code, stderr } = await replayCli(['app'], { noManifest: true });
  assert.equal(code, 1);
  assert.match(stderr, /^\[app\] FAILED Error: ENOENT: no such file or directory, open '.*package\.json'\n {4}at /m);
});

test('a name that is no guide exits 2 and lists the guides, before anything runs', { timeout: 30_000 }, async () => {
  const { code, stdout, stderr } = await replayCli(['app', 'vue']);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /no guide named vue: use one of app \(Next.js App Router sample\), pages \(Next.js Pages Router sample\), or nothing for all/);
});
