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
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { chromium, type Page } from 'playwright-core';
import { localIdpDownload, localIdpZip } from '../site/local-idp-zip.ts';
import { freePort, stopGroup } from '../lib/processes.ts';
import { planGuide, ReplayError, type Place, type ReplayGuide, type ReplayStep } from './plan.ts';
import { testUser } from '../../samples/registry.ts';

/** The exact create-next-app the replay runs for the guide's `create-next-app@16`. */
export const CREATE_NEXT_APP_VERSION = '16.4.3';
/** The Google Fonts stub, the replay's only network stub. */
const fontsStub = fileURLToPath(new URL('./google-fonts-stub.cjs', import.meta.url));
const providerPage = 'docs/introduction/local-identity-provider.mdx';

export interface ReplayResult {
  guide: ReplayGuide['name'];
  seconds: Record<string, number>;
}

export async function replay(root: string, name: ReplayGuide['name'], log: (line: string) => void): Promise<ReplayResult> {
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
    let appDir = '';
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
          appDir = path.join(work, step.appFolder);
          const manifest = JSON.parse(readFileSync(path.join(appDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
          const missing = plan.guide.walkthrough!.scaffoldPackages.filter((pkg) => !manifest.dependencies?.[pkg]);
          if (missing.length > 0) {
            throw new ReplayError(step, 'scaffold', `create-next-app did not install ${missing.join(', ')}; fix scaffoldPackages in samples/registry.ts`);
          }
        } else if (step.kind === 'install') {
          log(`  ${step.file}:${step.line} ${step.command}`);
          const [command, ...args] = step.command.split(/\s+/);
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
      if (!writers.has('.env.local')) throw new ReplayError({ file: plan.page, line: 1 }, '.env.local', 'the guide never shows the .env.local block the app reads its settings from');
    });

    await timed('local identity provider', async () => {
      const { folder, start: startStep } = await provider;
      log(`  ${startStep.file}:${startStep.line} ${startStep.command} -- --app-url ${baseUrl} --port ${idpPort} (in the downloaded ${path.basename(folder)})`);
      const [command, ...args] = startStep.command.split(/\s+/);
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

    await timed('checkpoints', () => checkpoints(plan, writers, baseUrl, log));
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
function pinnedScaffold(step: Extract<ReplayStep, { kind: 'scaffold' }>): string[] {
  const [tool = ''] = step.command.split(/\s+/).slice(1);
  const requested = tool.split('@')[1] ?? 'latest';
  if (requested !== 'latest' && !`${CREATE_NEXT_APP_VERSION}.`.startsWith(`${requested}.`)) {
    throw new ReplayError(step, 'scaffold', `the guide asks for create-next-app@${requested}, but the replay pins ${CREATE_NEXT_APP_VERSION}; update CREATE_NEXT_APP_VERSION in tools/replay/run.ts`);
  }
  return [`create-next-app@${CREATE_NEXT_APP_VERSION}`, step.appFolder, ...step.args];
}

/** The guide's .env.local with the two addresses of this run: the provider's and the app's free ports. */
function localEnv(place: Place, text: string, baseUrl: string, idpPort: number): string {
  const values: Record<string, string> = { LOGTO_ENDPOINT: `http://127.0.0.1:${idpPort}`, LOGTO_BASE_URL: baseUrl };
  let replaced = 0;
  const out = text.replace(/^(LOGTO_ENDPOINT|LOGTO_BASE_URL)=.*$/gm, (_line, key: string) => {
    replaced++;
    return `${key}=${values[key]}`;
  });
  if (replaced !== 2) throw new ReplayError(place, 'write .env.local', 'the block must set LOGTO_ENDPOINT and LOGTO_BASE_URL once each');
  return out;
}

interface ProviderCommand extends Place {
  command: string;
}

/**
 * What the provider page's "Start it for your own app" tells readers to do:
 * download the zip it links, then the commands of its bash blocks (`unzip`,
 * `cd`, `npm install`, and `npm run idp`, which the caller starts).
 */
export function providerSteps(root: string): { zip: Place & { url: string }; unzip: ProviderCommand; folder: string; install: ProviderCommand; start: ProviderCommand } {
  const lines = readFileSync(path.join(root, providerPage), 'utf8').split('\n');
  const first = lines.findIndex((line) => line.includes('{#start-it-for-your-own-app}'));
  const end = lines.findIndex((line, index) => index > first && line.startsWith('## '));
  const page = { file: providerPage, line: first + 1 };
  if (first < 0) throw new ReplayError({ file: providerPage, line: 1 }, 'download the local identity provider', 'the page has no section {#start-it-for-your-own-app}');
  const section = lines.slice(first, end < 0 ? undefined : end).map((text, index) => ({ text, line: first + 1 + index }));
  const link = section.find(({ text }) => text.includes(`(pathname://${localIdpDownload.path})`));
  if (!link) {
    throw new ReplayError(page, 'download the local identity provider', `the section does not link the zip the build writes (pathname://${localIdpDownload.path}, tools/site/local-idp-zip.ts)`);
  }
  const commands: ProviderCommand[] = [];
  let inBash = false;
  for (const { text, line } of section) {
    if (text.startsWith('```')) inBash = !inBash && text.trim() === '```bash';
    else if (inBash && text.trim() !== '') commands.push({ file: providerPage, line, command: text.trim() });
  }
  const zipName = path.posix.basename(localIdpDownload.path);
  const find = (pattern: RegExp, what: string) => {
    const found = commands.find(({ command }) => pattern.test(command));
    if (!found) throw new ReplayError(page, 'start the local identity provider', `the section shows no ${what} command in a bash block`);
    return found;
  };
  const unzip = find(/^unzip /, '`unzip`');
  if (unzip.command !== `unzip ${zipName}`) throw new ReplayError(unzip, unzip.command, `the download is ${zipName}`);
  const cd = find(/^cd /, '`cd`');
  const folder = cd.command.slice(3).trim();
  if (folder !== localIdpDownload.name) throw new ReplayError(cd, cd.command, `the zip unpacks into ${localIdpDownload.name}/`);
  const install = find(/^npm (install|ci)$/, '`npm install`');
  const startCommand = find(/^npm run idp$/, '`npm run idp`');
  for (const other of commands.filter((command) => ![unzip, cd, install, startCommand].includes(command))) {
    throw new ReplayError(other, other.command, 'the replay does not know this command; teach tools/replay/run.ts what a reader does with it');
  }
  return { zip: { file: providerPage, line: link.line, url: localIdpDownload.path }, unzip, folder, install, start: startCommand };
}

/** The zip the site serves, unzipped in `work` (the page's `unzip`), then the page's `npm install` in it. */
async function downloadProvider(root: string, work: string, env: NodeJS.ProcessEnv, log: (line: string) => void, children: ChildProcess[]): Promise<{ folder: string; start: ProviderCommand }> {
  const steps = providerSteps(root);
  log(`  ${steps.zip.file}:${steps.zip.line} download ${steps.zip.url}, ${steps.unzip.command}`);
  const files = unzipSync(localIdpZip(root));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
    writeFileSync(path.join(work, name), bytes);
  }
  const folder = path.join(work, steps.folder);
  log(`  ${steps.install.file}:${steps.install.line} ${steps.install.command} (in ${steps.folder})`);
  const [command, ...args] = steps.install.command.split(/\s+/);
  // Listed with the replay's servers: a guide that fails early stops this install too.
  await run(steps.install, steps.install.command, command!, args, { cwd: folder, env, timeoutMs: 600_000, track: children });
  return { folder, start: steps.start };
}

/** Compiler output `app/x.ts(3,5): error TS…` or `./app/x.ts:3:5` pointed at the guide block that wrote the file. */
function mapCompilerErrors(output: string, writers: Map<string, Extract<ReplayStep, { kind: 'write' }>>, fallback: Place, step = 'tsc'): ReplayError {
  const match = /(?:^|\s|\.\/)((?:app|pages|lib|libraries)\/[\w./[\]-]+\.tsx?)(?:\((\d+),(\d+)\)|:(\d+):(\d+))/m.exec(output);
  const writer = match ? writers.get(match[1]!) : undefined;
  const line = match ? Number(match[2] ?? match[4]) : 0;
  const place = writer ? { file: writer.file, line: writer.lineMap[line - 1] ?? writer.line } : fallback;
  return new ReplayError(place, writer ? `${step}, in ${match![1]}` : step, tail(output, 30));
}

async function checkpoints(plan: ReplayGuide, writers: Map<string, Extract<ReplayStep, { kind: 'write' }>>, baseUrl: string, log: (line: string) => void) {
  // The guide's block that wrote the file serving a route (App Router or Pages Router), else the page.
  const at = (route: string): Place => {
    const writer = routeFiles(route).map((file) => writers.get(file)).find((found) => found !== undefined);
    return writer ? { file: writer.file, line: writer.line } : { file: plan.page, line: 1 };
  };
  const home = at('/');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    // A sign-in or sign-out control: a form button (server action) or a link (API route).
    const control = (name: string) => page.getByRole('button', { name }).or(page.getByRole('link', { name }));
    page.setDefaultTimeout(30_000);
    const step = async (place: Place, name: string, body: () => Promise<void>) => {
      try {
        await body();
        log(`  ✓ ${name}`);
      } catch (error) {
        const text = await page.locator('body').innerText().catch(() => '');
        throw new ReplayError(place, name, `${(error as Error).message.split('\n')[0]}\n    at ${page.url()}\n    page text: ${text.slice(0, 400).replace(/\s+/g, ' ')}`);
      }
    };
    const json = async (route: string) => {
      const response = await page.goto(`${baseUrl}${route}`);
      const body = (await response!.text()).slice(0, 300);
      if (!response!.ok()) throw new Error(`${route} answered ${response!.status()}: ${body}`);
      return JSON.parse(body) as Record<string, unknown>;
    };

    await step(home, 'sign in (with the provider\'s consent page)', async () => {
      await page.goto(baseUrl);
      await page.getByText('You are not signed in.').waitFor();
      await control('Sign in').click();
      await page.getByLabel('Username or email').fill(testUser.username);
      await page.getByLabel('Password').fill(testUser.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Allow' }).click();
      await page.waitForURL((url) => url.origin === baseUrl);
    });
    await step(home, 'greeting', async () => {
      await page.getByText(`Hello, ${testUser.name}!`).waitFor();
    });
    await step(at('/profile'), 'user information', async () => {
      await page.getByRole('rowheader', { name: 'sub' }).waitFor();
      await page.goto(`${baseUrl}/profile`);
      await page.getByText(testUser.email).waitFor();
      // custom_data comes only from the userinfo endpoint (fetchUserInfo).
      await page.getByText('Through the Looking-Glass', { exact: false }).waitFor();
    });
    await step(at('/products'), 'access token for the API resource', async () => {
      await page.goto(`${baseUrl}/products`);
      await page.getByRole('button', { name: 'Load products' }).click();
      await page.getByRole('listitem').filter({ hasText: 'Looking-glass' }).waitFor();
    });
    await step(at('/api/products'), 'protected API call', async () => {
      const body = await json('/api/products');
      if (!JSON.stringify(body).includes('Pocket watch')) throw new Error(`/api/products answered ${JSON.stringify(body)}`);
    });
    await step(at('/organizations'), 'organization token', async () => {
      await page.goto(`${baseUrl}/organizations`);
      await page.getByText(`urn:logto:organization:${testUser.organization.id}`).waitFor();
      const body = await json('/api/organization-token');
      if (body.audience !== `urn:logto:organization:${testUser.organization.id}`) throw new Error(`/api/organization-token answered ${JSON.stringify(body)}`);
    });
    await step(home, 'sign out', async () => {
      await page.goto(baseUrl);
      await control('Sign out').click();
      await page.waitForURL((url) => url.origin === baseUrl, { timeout: 30_000 });
      await page.getByText('You are not signed in.').waitFor();
    });
  } finally {
    await browser.close();
  }
}

interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  allowFailure?: boolean;
  /** Where to list the process, so that the replay stops it when it ends early. */
  track?: ChildProcess[];
}

/** Runs a command to its end; a failure (or a timeout) names the guide's place and the step. */
function run(place: Place, stepName: string, command: string, args: string[], options: RunOptions): Promise<{ code: number; output: string }> {
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
function start(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
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

/** The files Next.js serves a route from: App Router page or route handler, Pages Router page or API route. */
function routeFiles(route: string): string[] {
  const base = route === '/' ? '' : route;
  return [`app${base}/page.tsx`, `app${base}/route.ts`, `pages${base || '/index'}.tsx`, `pages${base || '/index'}.ts`];
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).map((line) => `    ${line}`).join('\n');
}


