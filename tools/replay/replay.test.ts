/**
 * The whole replay, driven through the fake toolchain in fixtures/toolchain
 * (npx and npm stand-ins first on PATH, a small app and provider that behave
 * like the guide's), with the real guides' plans and a real Chromium: what it
 * runs, where, in which order, with which files; and that each failure is
 * reported at the guide line that caused it (checkpoints.test.ts breaks each
 * browser check). The real toolchain runs in `npm run test:replay`.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testUser } from '../../samples/registry.ts';
import { planGuide, ReplayError, type Place, type ReplayStep } from './plan.ts';
import { providerSteps } from './provider.ts';
import { CREATE_NEXT_APP_VERSION, replay } from './run.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fontsStub = fileURLToPath(new URL('./google-fonts-stub.cjs', import.meta.url));
// The tests run in a folder of their own: a replay that wrote outside its folder would write there, not in the repository.
const testFolder = mkdtempSync(path.join(os.tmpdir(), 'replay-test-cwd-'));
process.chdir(testFolder);
after(() => {
  process.chdir(root);
  rmSync(testFolder, { recursive: true, force: true });
});
const bin = fileURLToPath(new URL('./fixtures/toolchain/bin', import.meta.url));
type Write = Extract<ReplayStep, { kind: 'write' }>;

interface Command {
  tool: string;
  args: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  files?: Record<string, string>;
  font?: { status?: number; type?: string; size?: number; onIpv6?: boolean; error?: string };
}

/** Runs the replay of `name` with the fake toolchain told `fake`; the commands it ran, its log, and its result or error. */
async function fakeReplay(name: string, fake: Record<string, unknown> = {}) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'replay-test-'));
  const logFile = path.join(scratch, 'commands.jsonl');
  const saved = { PATH: process.env.PATH, REPLAY_FAKE: process.env.REPLAY_FAKE };
  process.env.PATH = `${bin}${path.delimiter}${process.env.PATH}`;
  process.env.REPLAY_FAKE = JSON.stringify({ log: logFile, user: testUser, ...fake });
  const lines: string[] = [];
  const started = Date.now();
  try {
    const outcome = await replay(root, name, (line) => lines.push(line), { timeoutMs: 1_500 }).then(
      (result) => ({ result, error: undefined }),
      (error: unknown) => ({ result: undefined, error }),
    );
    const commands = existsSync(logFile)
      ? readFileSync(logFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Command)
      : [];
    const work = commands.find((command) => command.args[1]?.startsWith('create-next-app@'))?.cwd ?? '';
    return { ...outcome, commands, lines, work, wallSeconds: (Date.now() - started) / 1000 };
  } finally {
    process.env.PATH = saved.PATH;
    if (saved.REPLAY_FAKE === undefined) delete process.env.REPLAY_FAKE;
    else process.env.REPLAY_FAKE = saved.REPLAY_FAKE;
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The error of a failed replay, checked to be a ReplayError; the replay's kept folder is removed. */
function failure(run: Awaited<ReturnType<typeof fakeReplay>>): ReplayError {
  assert.ok(run.error instanceof ReplayError, `a ReplayError, not ${run.error instanceof Error ? run.error.stack : String(run.error)}`);
  assert.ok(run.lines.includes(`  the replayed app is kept in ${run.work} for a look`), run.lines.join('\n'));
  assert.ok(existsSync(run.work), 'the failed app is kept');
  rmSync(run.work, { recursive: true, force: true });
  return run.error;
}

/** Where an error points (its place may be the whole step object). */
const placeOf = (error: ReplayError): Place => ({ file: error.place.file, line: error.place.line });
const keyOf = (command: Command) => [command.tool, ...command.args].join(' ');

for (const name of ['app', 'pages']) {
  test(`${name}: the reader's steps in page order, each file as the guide shows it at each checkpoint, then the app in a browser`, { timeout: 60_000 }, async () => {
    const plan = planGuide(root, name);
    const run = await fakeReplay(name);
    assert.equal(run.error, undefined, run.error instanceof Error ? run.error.message : '');
    assert.equal(run.result!.guide, name);
    assert.deepEqual(Object.keys(run.result!.seconds), ['scaffold, install, write, tsc at each checkpoint', 'local identity provider', 'next build', 'checkpoints']);
    // Each step's time in tenths of a second, within the replay's own time; the browser checks take some.
    for (const seconds of Object.values(run.result!.seconds)) assert.ok(seconds >= 0 && seconds <= run.wallSeconds && Math.round(seconds * 10) / 10 === seconds, `${seconds} s`);
    assert.ok(run.result!.seconds.checkpoints! >= 0.1, `checkpoints took ${run.result!.seconds.checkpoints} s`);
    assert.equal(existsSync(run.work), false, 'a passed replay removes its folder');
    assert.match(path.basename(run.work), new RegExp(`^replay-${name}-`));

    const scaffold = plan.steps[0] as Extract<ReplayStep, { kind: 'scaffold' }>;
    const app = path.join(run.work, scaffold.appFolder);
    const idpFolder = path.join(run.work, providerSteps(root).folder);
    const inWork = run.commands.filter((command) => command.cwd === run.work);
    assert.deepEqual(inWork.map(({ env: _env, ...command }) => command), [{ tool: 'npx', args: ['--yes', `create-next-app@${CREATE_NEXT_APP_VERSION}`, scaffold.appFolder, ...scaffold.args], cwd: run.work }]);
    // Every command gets a new reader's defaults (no saved create-next-app answers, no telemetry), the font stub, and quiet npm.
    for (const command of run.commands) {
      assert.deepEqual({ ...command.env, REPLAY_FONT_SERVER: undefined }, {
        XDG_CONFIG_HOME: path.join(run.work, 'config'),
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_FONT_GOOGLE_MOCKED_RESPONSES: fontsStub,
        CI: '1',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
        REPLAY_FONT_SERVER: undefined,
      }, keyOf(command));
      assert.match(command.env.REPLAY_FONT_SERVER!, /^http:\/\/127\.0\.0\.1:\d+$/);
    }
    // The provider is installed in its unzipped folder while the app is scaffolded; the rest runs in the app.
    const inProvider = run.commands.filter((command) => command.cwd === idpFolder);
    assert.deepEqual(inProvider.map((command) => command.args.slice(0, 2)), [['install'], ['run', 'idp']]);
    const inApp = run.commands.filter((command) => command.cwd === app);
    assert.equal(inWork.length + inApp.length + inProvider.length, run.commands.length, 'every command runs in the app or the provider folder');
    assert.ok(run.commands.indexOf(inWork[0]!) < run.commands.indexOf(inApp[0]!), 'the scaffold comes before the app\'s first command');

    // What the app folder must hold at each checkpoint: the scaffold's files, then each block, the last one of a file winning.
    const expected: string[] = [];
    const shown = new Map<string, Write>();
    const snapshots: Array<Map<string, Write>> = [];
    for (const step of plan.steps.slice(1)) {
      if (step.kind === 'install') expected.push(step.command);
      if (step.kind === 'write') shown.set(step.path, step);
      if (step.kind === 'checkpoint') {
        expected.push('npx next typegen', 'npx tsc --noEmit --pretty false');
        snapshots.push(new Map(shown));
      }
    }
    const idp = inProvider.at(-1)!;
    const start = inApp.at(-1)!;
    assert.deepEqual(inApp.map(keyOf), [...expected, 'npx next build', `npx next start --hostname 127.0.0.1 --port ${start.args.at(-1)}`]);
    const baseUrl = `http://127.0.0.1:${start.args.at(-1)}`;
    assert.deepEqual(idp.args, ['run', 'idp', '--', '--app-url', baseUrl, '--port', idp.args.at(-1)]);
    assert.notEqual(idp.args.at(-1), start.args.at(-1), 'the provider and the app get ports of their own');
    // The provider starts once every checkpoint compiled, before next build.
    assert.ok(run.commands.indexOf(idp) > run.commands.indexOf(inApp.at(-3)!) && run.commands.indexOf(idp) < run.commands.indexOf(inApp.at(-2)!));

    // The stub's font files are served while the app builds.
    assert.deepEqual(inApp.at(-2)!.font, { status: 200, type: 'font/woff2', size: 'replay font stub'.length, onIpv6: false });

    const compiles = [...inApp.filter((command) => keyOf(command).startsWith('npx tsc')), inApp.at(-2)!];
    assert.equal(compiles.length, snapshots.length + 1);
    for (const [index, command] of compiles.entries()) {
      const want = snapshots[Math.min(index, snapshots.length - 1)]!;
      for (const [file, writer] of want) {
        if (file === '.env.local') continue;
        assert.equal(command.files![file], writer.text, `${file} at compile ${index + 1} is the text of ${writer.file}:${writer.line}`);
      }
      // A block that comes later in the guide is not in the app yet.
      for (const step of plan.steps) if (step.kind === 'write' && !want.has(step.path)) assert.equal(command.files![step.path], undefined, `${step.path} at compile ${index + 1}`);
    }
    const envFile = compiles[0]!.files!['.env.local']!;
    const guideEnv = snapshots[0]!.get('.env.local')!.text;
    assert.match(envFile, new RegExp(`^LOGTO_BASE_URL=${baseUrl}$`, 'm'));
    assert.match(envFile, new RegExp(`^LOGTO_ENDPOINT=http://127\\.0\\.0\\.1:${idp.args.at(-1)}$`, 'm'));
    // Only the two addresses change: every other line is the guide's.
    const others = (text: string) => text.split('\n').filter((line) => !/^LOGTO_(ENDPOINT|BASE_URL)=/.test(line));
    assert.deepEqual(others(envFile), others(guideEnv));
    assert.equal(envFile.split('\n').length, guideEnv.split('\n').length);

    for (const checkpoint of plan.steps.filter((step) => step.kind === 'checkpoint')) {
      assert.ok(run.lines.includes(`  ✓ ${checkpoint.file}:${checkpoint.line} compiles at ${checkpoint.name}`), `${checkpoint.name} is logged`);
    }
    const checks = ["sign in (with the provider's consent page)", 'greeting', 'user information', 'access token for the API resource', 'protected API call', 'organization token', 'sign out'];
    assert.deepEqual(run.lines.filter((line) => line.startsWith('  ✓ ') && !line.includes(' compiles at ')), checks.map((check) => `  ✓ ${check}`));
    // The app and the provider are stopped once the replay ends, and so is the font server.
    for (const url of [baseUrl, `http://127.0.0.1:${idp.args.at(-1)}`, inApp[0]!.env.REPLAY_FONT_SERVER!]) await assert.rejects(fetch(url), `${url} still answers`);
    assert.ok(run.lines.includes(`  ${scaffold.file}:${scaffold.line} npx create-next-app@${CREATE_NEXT_APP_VERSION} ${[scaffold.appFolder, ...scaffold.args].join(' ')}`), run.lines.join('\n'));
  });
}

/** The block that last wrote `file` before the first checkpoint where it exists, and that checkpoint. */
function writerAtFirstCheckpoint(name: string, file: string) {
  let writer: Write | undefined;
  for (const step of planGuide(root, name).steps) {
    if (step.kind === 'write' && step.path === file) writer = step;
    if (step.kind === 'checkpoint' && writer) return { writer, checkpoint: step };
  }
  throw new Error(`${file} is never written before a checkpoint`);
}

test('a compiler error is reported at the guide line of the block that wrote that line, at the first checkpoint', { timeout: 60_000 }, async () => {
  const { writer, checkpoint } = writerAtFirstCheckpoint('app', 'app/logto.ts');
  const run = await fakeReplay('app', { tscError: 'app/logto.ts:3' });
  const error = failure(run);
  const where = `${checkpoint.file}:${checkpoint.line}`;
  assert.deepEqual(placeOf(error), { file: writer.file, line: writer.lineMap[2] });
  assert.equal(error.step, `tsc at ${checkpoint.name} (${where}), in app/logto.ts`);
  assert.match(error.message, /app\/logto\.ts\(3,7\): error TS2304: Cannot find name 'fake'\./);
  // Nothing after the failed checkpoint ran.
  assert.equal(run.commands.filter((command) => keyOf(command).startsWith('npx tsc')).length, 1);
  assert.equal(run.commands.some((command) => keyOf(command) === 'npx next build'), false);
});

test('a compiler error past the end of the block is reported at the block, and one in a scaffold file at the page', { timeout: 60_000 }, async () => {
  const { writer } = writerAtFirstCheckpoint('pages', 'libraries/logto.ts');
  const past = failure(await fakeReplay('pages', { tscError: 'libraries/logto.ts:999' }));
  assert.deepEqual(placeOf(past), { file: writer.file, line: writer.line });
  const plan = planGuide(root, 'pages');
  const checkpoint = plan.steps.find((step) => step.kind === 'checkpoint')!;
  const scaffoldFile = failure(await fakeReplay('pages', { tscError: 'pages/_app.tsx:1' }));
  assert.deepEqual(placeOf(scaffoldFile), { file: checkpoint.file, line: checkpoint.line });
  assert.equal(scaffoldFile.step, `tsc at ${checkpoint.name} (${checkpoint.file}:${checkpoint.line})`);
});

test('a next build error (./file:line:column) is reported at the block that wrote the file', { timeout: 60_000 }, async () => {
  let writer: Write | undefined;
  for (const step of planGuide(root, 'app').steps) if (step.kind === 'write' && step.path === 'app/page.tsx') writer = step;
  const error = failure(await fakeReplay('app', { buildError: 'app/page.tsx:2' }));
  assert.deepEqual(placeOf(error), { file: writer!.file, line: writer!.lineMap[1] });
  assert.equal(error.step, 'next build, in app/page.tsx');
  assert.match(error.message, /Type error: Cannot find name 'fake'\./);
});

test('a scaffold without a package the guide relies on names the package and where to fix the list', { timeout: 60_000 }, async () => {
  const scaffold = planGuide(root, 'pages').steps[0]!;
  const error = failure(await fakeReplay('pages', { without: 'react-dom' }));
  assert.deepEqual(placeOf(error), { file: scaffold.file, line: scaffold.line });
  assert.equal(error.message, `${scaffold.file}:${scaffold.line} (scaffold): create-next-app did not install react-dom; fix scaffoldPackages in samples/registry.ts`);
});

test('a failed install is reported at the guide line of its command, with what npm printed', { timeout: 60_000 }, async () => {
  const install = planGuide(root, 'app').steps.find((step) => step.kind === 'install' && step.command === 'npm i jose')!;
  const run = await fakeReplay('app', { fail: 'npm i jose' });
  const error = failure(run);
  assert.deepEqual(placeOf(error), { file: install.file, line: install.line });
  assert.equal(error.step, 'npm i jose');
  assert.match(error.message, /exited with code 1\n {4}npm error fake failure of npm i jose$/);
  assert.equal(run.lines.filter((line) => line === `  ${install.file}:${install.line} npm i jose`).length, 1);
});

test('a provider that exits before it listens is reported at the provider page line of `npm run idp`', { timeout: 60_000 }, async () => {
  const { start } = providerSteps(root);
  const error = failure(await fakeReplay('pages', { idpExit: true }));
  assert.deepEqual(placeOf(error), { file: start.file, line: start.line });
  assert.equal(error.step, 'npm run idp');
  assert.match(error.message, /exited with code 1\n {4}local-idp: cannot start \(fake\)/);
});

test('a failed browser check stops the app and the provider, and keeps the app folder', { timeout: 60_000 }, async () => {
  const run = await fakeReplay('app', { breaks: 'greeting' });
  const servers = run.commands.filter((command) => command.args.includes('--port')).map((command) => `http://127.0.0.1:${command.args.at(-1)}`);
  assert.equal(servers.length, 2, 'next start and npm run idp ran');
  const error = failure(run);
  assert.equal(error.step, 'greeting');
  for (const url of servers) await assert.rejects(fetch(url), `${url} still answers`);
});

test('a failed next typegen, a next build error in a file of the scaffold, and a next start that exits are reported at their step', { timeout: 60_000 }, async () => {
  const plan = planGuide(root, 'app');
  const checkpoint = plan.steps.find((step) => step.kind === 'checkpoint')!;
  const typegen = failure(await fakeReplay('app', { fail: 'npx next typegen' }));
  assert.deepEqual(placeOf(typegen), { file: checkpoint.file, line: checkpoint.line });
  assert.equal(typegen.step, `next typegen at ${checkpoint.name}`);
  // No block wrote app/layout.tsx: the error is the page's.
  const build = failure(await fakeReplay('app', { buildError: 'app/layout.tsx:1' }));
  assert.deepEqual(placeOf(build), { file: plan.page, line: 1 });
  assert.equal(build.step, 'next build');
  const start = failure(await fakeReplay('app', { appExit: true }));
  assert.deepEqual(placeOf(start), { file: plan.page, line: 1 });
  assert.equal(start.step, 'next start');
  assert.match(start.message, /exited with code 1\n {4}Error: listen EADDRINUSE \(fake\)/);
});

test('a scaffold whose package.json has no dependencies names every package the guide relies on', { timeout: 60_000 }, async () => {
  const error = failure(await fakeReplay('app', { noDependencies: true }));
  assert.match(error.message, /\(scaffold\): create-next-app did not install next, react, react-dom; fix scaffoldPackages/);
});
