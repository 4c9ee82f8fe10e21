/**
 * Replays one quick start as a reader follows it, in a temporary folder with
 * nothing from samples/: scaffold with create-next-app (pinned below), run the
 * guide's install commands and write its blocks in page order, with `tsc` at
 * each checkpoint the guide promises (the reader's app as built so far must
 * compile there), start the local identity provider the way its page says
 * (the site's zip unzipped, `npm install`, `npm run idp` registered for this
 * app's URL), then next build, next start, and every
 * checkpoint in Chromium.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, stopGroup } from '../lib/processes.ts';
import { checkpoints, type CheckpointOptions } from './checkpoints.ts';
import { run, start, tail } from './commands.ts';
import { planGuide, ReplayError, type Place, type ReplayGuide, type ReplayStep } from './plan.ts';
import { downloadProvider } from './provider.ts';

/** The exact create-next-app the replay runs for the guide's `create-next-app@16`. */
export const CREATE_NEXT_APP_VERSION = '16.4.3';
/** The Google Fonts stub, the replay's only network stub. */
const fontsStub = fileURLToPath(new URL('./google-fonts-stub.cjs', import.meta.url));

export interface ReplayResult {
  guide: ReplayGuide['name'];
  seconds: Record<string, number>;
}

export async function replay(root: string, name: ReplayGuide['name'], log: (line: string) => void, options: CheckpointOptions = {}): Promise<ReplayResult> {
  const plan = planGuide(root, name);
  const work = mkdtempSync(path.join(os.tmpdir(), `replay-${name}-`));
  const children: ChildProcess[] = [];
  const seconds: Record<string, number> = {};
  const timed = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await run();
    } finally {
      seconds[label] = Math.round((Date.now() - started) / 100) / 10;
    }
  };
  // No saved create-next-app preferences and no telemetry: the defaults a new reader gets.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(work, 'config'),
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_FONT_GOOGLE_MOCKED_RESPONSES: fontsStub,
    CI: '1',
    // Same packages, fewer round trips: no audit report, no funding notice, no update check.
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  let succeeded = false;
  let fonts: Server | undefined;
  try {
    // The font files of the Google Fonts stub: any bytes do for a build.
    fonts = createHttpServer((_request, response) => response.writeHead(200, { 'content-type': 'font/woff2' }).end('replay font stub'));
    await new Promise<void>((resolve) => fonts!.listen(0, '127.0.0.1', resolve));
    env.REPLAY_FONT_SERVER = `http://127.0.0.1:${(fonts.address() as { port: number }).port}`;
    const appPort = await freePort();
    const idpPort = await freePort();
    const baseUrl = `http://127.0.0.1:${appPort}`;
    // The folder create-next-app makes in the replay's folder (the plan starts with the scaffold).
    const appDir = path.join(work, plan.steps.find((step) => step.kind === 'scaffold')!.appFolder);
    const writers = new Map<string, Extract<ReplayStep, { kind: 'write' }>>();
    // The provider as its page tells readers to get it (the site's zip, unzipped, npm install), while the app is scaffolded.
    const provider = downloadProvider(root, work, env, log, children);
    provider.catch(() => undefined);

    const compile = async (step: Extract<ReplayStep, { kind: 'checkpoint' }>) => {
      const what = `tsc at ${step.name} (${step.file}:${step.line})`;
      // Route types (LayoutProps, PageProps) are generated; a reader gets them from `next dev`.
      await run(step, `next typegen at ${step.name}`, 'npx', ['next', 'typegen'], { cwd: appDir, env, timeoutMs: 120_000 });
      const result = await run(step, what, 'npx', ['tsc', '--noEmit', '--pretty', 'false'], { cwd: appDir, env, timeoutMs: 180_000, allowFailure: true });
      if (result.code !== 0) throw mapCompilerErrors(result.output, writers, step, what);
      log(`  ✓ ${step.file}:${step.line} compiles at ${step.name}`);
    };

    await timed('scaffold, install, write, tsc at each checkpoint', async () => {
      for (const step of plan.steps) {
        if (step.kind === 'scaffold') {
          const args = pinnedScaffold(step);
          log(`  ${step.file}:${step.line} npx ${args.join(' ')}`);
          // Under a loaded machine and a slow registry, create-next-app's own install has taken over 5 minutes.
          await run(step, 'scaffold', 'npx', ['--yes', ...args], { cwd: work, env, timeoutMs: 900_000 });
          const manifest = JSON.parse(readFileSync(path.join(appDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
          const missing = plan.guide.walkthrough!.scaffoldPackages.filter((pkg) => !manifest.dependencies?.[pkg]);
          if (missing.length > 0) {
            throw new ReplayError(step, 'scaffold', `create-next-app did not install ${missing.join(', ')}; fix scaffoldPackages in samples/registry.ts`);
          }
        } else if (step.kind === 'install') {
          log(`  ${step.file}:${step.line} ${step.command}`);
          const [command, ...args] = step.command.split(' ');
          await run(step, step.command, command!, args, { cwd: appDir, env, timeoutMs: 600_000 });
        } else if (step.kind === 'checkpoint') {
          await compile(step);
        } else {
          let text = step.text;
          if (step.path === '.env.local') text = localEnv(step, text, baseUrl, idpPort);
          mkdirSync(path.dirname(path.join(appDir, step.path)), { recursive: true });
          writeFileSync(path.join(appDir, step.path), text);
          writers.set(step.path, step);
        }
      }
    });

    await timed('local identity provider', async () => {
      const { folder, start: startStep } = await provider;
      log(`  ${startStep.file}:${startStep.line} ${startStep.command} -- --app-url ${baseUrl} --port ${idpPort} (in the downloaded ${path.basename(folder)})`);
      const [command, ...args] = startStep.command.split(' ');
      const idp = start(command!, [...args, '--', '--app-url', baseUrl, '--port', String(idpPort)], folder, env);
      children.push(idp.child);
      await idp.waitFor(/local-idp listening on/, 90_000, startStep, startStep.command);
    });

    await timed('next build', async () => {
      const result = await run({ file: plan.page, line: 1 }, 'next build', 'npx', ['next', 'build'], { cwd: appDir, env, timeoutMs: 600_000, allowFailure: true });
      if (result.code !== 0) throw mapCompilerErrors(result.output, writers, { file: plan.page, line: 1 }, 'next build');
    });

    const server = start('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(appPort)], appDir, env);
    children.push(server.child);
    await server.waitFor(/Ready in|started server/i, 60_000, { file: plan.page, line: 1 }, 'next start');

    await timed('checkpoints', () => checkpoints(plan, writers, baseUrl, log, options));
    succeeded = true;
    return { guide: name, seconds };
  } finally {
    await Promise.all(children.map((child) => stopGroup(child)));
    await new Promise((resolve) => (fonts ? fonts.close(resolve) : resolve(undefined)));
    if (succeeded) rmSync(work, { recursive: true, force: true });
    else log(`  the replayed app is kept in ${work} for a look`);
  }
}

/** The guide's `npx create-next-app@16 my-app …` with the version pinned exactly, if the major matches. */
export function pinnedScaffold(step: Extract<ReplayStep, { kind: 'scaffold' }>): string[] {
  const [tool = ''] = step.command.split(' ').slice(1);
  const requested = tool.split('@')[1] ?? 'latest';
  if (requested !== 'latest' && !`${CREATE_NEXT_APP_VERSION}.`.startsWith(`${requested}.`)) {
    throw new ReplayError(step, 'scaffold', `the guide asks for create-next-app@${requested}, but the replay pins ${CREATE_NEXT_APP_VERSION}; update CREATE_NEXT_APP_VERSION in tools/replay/run.ts`);
  }
  return [`create-next-app@${CREATE_NEXT_APP_VERSION}`, step.appFolder, ...step.args];
}

/** The guide's .env.local with the two addresses of this run: the provider's and the app's free ports. */
export function localEnv(place: Place, text: string, baseUrl: string, idpPort: number): string {
  const values: Record<string, string> = { LOGTO_ENDPOINT: `http://127.0.0.1:${idpPort}`, LOGTO_BASE_URL: baseUrl };
  const seen: Record<string, number> = {};
  const out = text.replace(/^(LOGTO_ENDPOINT|LOGTO_BASE_URL)=.*/gm, (_line, key: string) => {
    seen[key] = (seen[key] ?? 0) + 1;
    return `${key}=${values[key]}`;
  });
  if (Object.keys(values).some((key) => seen[key] !== 1)) throw new ReplayError(place, 'write .env.local', 'the block must set LOGTO_ENDPOINT and LOGTO_BASE_URL once each');
  return out;
}

/** Compiler output `app/x.ts(3,5): error TS…` or `./app/x.ts:3:5` pointed at the guide block that wrote the file. */
export function mapCompilerErrors(output: string, writers: Map<string, Extract<ReplayStep, { kind: 'write' }>>, fallback: Place, step = 'tsc'): ReplayError {
  const match = /(?:^|\s|\.\/)((?:app|pages|lib|libraries)\/[\w./[\]-]+\.tsx?)(?:\((\d+),(\d+)\)|:(\d+):(\d+))/m.exec(output);
  const writer = match ? writers.get(match[1]!) : undefined;
  const line = match ? Number(match[2] ?? match[4]) : 0;
  const place = writer ? { file: writer.file, line: writer.lineMap[line - 1] ?? writer.line } : fallback;
  return new ReplayError(place, writer ? `${step}, in ${match![1]}` : step, `the compiler reports:\n${tail(output, 30)}`);
}
