/**
 * `npm run test:replay` as a command, with the fake toolchain of
 * fixtures/toolchain first on PATH: the guides run side by side, a passed one
 * prints its steps' times, a failed one the guide's place, and the exit code
 * says whether any failed; a guide named runs alone; a name that is no guide
 * exits 2 before anything runs.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { testUser } from '../../samples/registry.ts';
import { planGuide } from './plan.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = fileURLToPath(new URL('./fixtures/toolchain/bin', import.meta.url));
// The CLI runs in a folder of its own, as a reader may run it from anywhere; nothing lands in the repository.
const cwd = mkdtempSync(path.join(os.tmpdir(), 'replay-cli-cwd-'));
after(() => rmSync(cwd, { recursive: true, force: true }));
// `--import tsx` would look for tsx from that folder: name the repository's.
const tsx = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;

function replayCli(args: string[], fake: Record<string, unknown> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, REPLAY_FAKE: JSON.stringify({ user: testUser, ...fake }) };
  const child = spawn(process.execPath, ['--import', tsx, path.join(root, 'tools/replay/cli.ts'), ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

test('both guides side by side: one passes with its step times, the other fails at its place on stderr, exit 1', { timeout: 90_000 }, async () => {
  // The Pages Router guide's scaffold fails; the App Router guide's runs to its end.
  const scaffold = planGuide(root, 'pages').steps[0]!;
  const { code, stdout, stderr } = await replayCli([], { fail: 'npx --yes create-next-app@16.4.3 my-app --ts --no-app --yes' });
  assert.equal(code, 1, stdout + stderr);
  const lines = stdout.trimEnd().split('\n');
  assert.ok(lines.includes('[app] replay of the guide of the Next.js App Router sample'));
  assert.ok(lines.includes('[pages] replay of the guide of the Next.js Pages Router sample'));
  assert.ok(lines.includes('[app] ✓ sign out'), 'log lines are trimmed after the name');
  const passed = lines.find((line) => line.startsWith('[app] passed'));
  assert.match(passed ?? '', /^\[app\] passed \(scaffold, install, write, tsc at each checkpoint \d+(\.\d)? s, local identity provider \d+(\.\d)? s, next build \d+(\.\d)? s, checkpoints \d+(\.\d)? s\)$/);
  assert.equal(lines.some((line) => line.startsWith('[pages] passed')), false);
  assert.match(stderr, new RegExp(`^\\[pages\\] FAILED ${scaffold.file}:${scaffold.line} \\(scaffold\\): exited with code 1$`, 'm'));
  assert.doesNotMatch(stderr, /\[app\] FAILED/);
  assert.match(lines.at(-1)!, /^replay failed in \d+ s$/);
});

test('an error that is not the guide\'s prints its stack, naming the guide', { timeout: 90_000 }, async () => {
  // A create-next-app that writes no package.json: the replay cannot read it (an ENOENT, not a ReplayError).
  const { code, stdout, stderr } = await replayCli(['app'], { noManifest: true });
  assert.equal(code, 1);
  assert.ok(stdout.trimEnd().split('\n').every((line) => line.startsWith('[app] ') || /^replay failed in \d+ s$/.test(line)), 'only the guide named runs');
  assert.match(stderr, /^\[app\] FAILED Error: ENOENT: no such file or directory, open '.*package\.json'\n {4}at /m);
});

test('a name that is no guide exits 2 and lists the guides, before anything runs', { timeout: 30_000 }, async () => {
  const { code, stdout, stderr } = await replayCli(['app', 'vue']);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /no guide named vue: use one of app \(Next.js App Router sample\), pages \(Next.js Pages Router sample\), or nothing for all/);
});
