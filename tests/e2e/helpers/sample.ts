/**
 * The samples of the registry (samples/registry.ts) as the tests use them;
 * builds a Next.js sample once (only when the build is missing or older than
 * its sources) and starts it with `next start` for a test. Every function takes
 * the sample to use and defaults to the App Router sample.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { defaultBaseUrl, defaultIdpPort, sampleNamed, samples, sessionCookieName as cookieNameOf, type SampleEntry } from '../../../samples/registry.ts';
import { nextBin, repoRoot } from './paths.ts';
import { freePort, startProcess, type ServerProcess } from '../../../tools/lib/processes.ts';

const run = promisify(execFile);

/** A sample of the registry and the client the local identity provider registers for it. */
export interface SampleApp {
  entry: SampleEntry;
  /** Absolute folder. */
  dir: string;
  appId: string;
  appSecret: string;
  sessionCookieName: string;
}

function sampleApp(entry: SampleEntry): SampleApp {
  return { entry, dir: path.join(repoRoot, entry.dir), appId: entry.client.id, appSecret: entry.client.secret, sessionCookieName: cookieNameOf(entry) };
}

/** Every sample of the registry: the tests that hold for any sample loop over these. */
export const sampleApps: SampleApp[] = samples.map(sampleApp);
export const appRouterSample: SampleApp = sampleApp(sampleNamed('app'));
export const pagesRouterSample: SampleApp = sampleApp(sampleNamed('pages'));

export const appId = appRouterSample.appId;
export const appSecret = appRouterSample.appSecret;
export const sessionCookieName = appRouterSample.sessionCookieName;
export const cookieSecret = 'e2e-cookie-secret-at-least-32-characters-long';
export const apiResource = 'https://shopping.your-app.com/api';

const ignored = new Set(['.next', 'node_modules', 'next-env.d.ts', 'tsconfig.tsbuildinfo', 'README.md']);

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (ignored.has(entry.name) || entry.name.startsWith('.env')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildTime(app: SampleApp): number {
  try {
    return statSync(path.join(app.dir, '.next/BUILD_ID')).mtimeMs;
  } catch {
    return 0;
  }
}

export function isBuildFresh(app: SampleApp = appRouterSample): boolean {
  return buildTime(app) > newestSourceTime(app.dir);
}

// Placeholders: `next build` imports the configuration module, which checks the
// variables are present; the real values are read again when the server starts.
export const buildEnv = (app: SampleApp): Record<string, string> => ({
  LOGTO_ENDPOINT: `http://127.0.0.1:${defaultIdpPort}`,
  LOGTO_APP_ID: app.appId,
  LOGTO_APP_SECRET: app.appSecret,
  LOGTO_BASE_URL: defaultBaseUrl(app.entry),
  LOGTO_COOKIE_SECRET: cookieSecret,
  NEXT_TELEMETRY_DISABLED: '1',
});

/** Runs `next build` unless a build newer than every source file exists. Safe to call from parallel test files. */
export async function ensureSampleBuild(app: SampleApp = appRouterSample): Promise<void> {
  if (isBuildFresh(app)) return;
  const lock = path.join(tmpdir(), `logto-sample-build-${Buffer.from(app.dir).toString('hex').slice(-24)}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than ten minutes is left over from a crash.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    if (isBuildFresh(app)) return;
    await run(process.execPath, [nextBin, 'build'], {
      cwd: app.dir,
      env: { ...process.env, ...buildEnv(app), NODE_ENV: 'production' },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`next build of ${path.basename(app.dir)} failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
    });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Sample extends ServerProcess {
  baseUrl: string;
  port: number;
}

export interface SampleOptions {
  idpEndpoint: string;
  port: number;
  redisUrl?: string;
  app?: SampleApp;
}

/** Picks the port first: the provider must know the sample's callback URL before either starts. */
export async function reserveSamplePort(): Promise<{ port: number; baseUrl: string }> {
  const port = await freePort();
  return { port, baseUrl: `http://127.0.0.1:${port}` };
}

export async function startSample(options: SampleOptions): Promise<Sample> {
  const app = options.app ?? appRouterSample;
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const env: NodeJS.ProcessEnv = {
    LOGTO_ENDPOINT: options.idpEndpoint,
    LOGTO_APP_ID: app.appId,
    LOGTO_APP_SECRET: app.appSecret,
    LOGTO_BASE_URL: baseUrl,
    LOGTO_COOKIE_SECRET: cookieSecret,
    NEXT_TELEMETRY_DISABLED: '1',
    REDIS_URL: options.redisUrl ?? '',
  };
  const server = await startProcess({
    name: 'next start',
    command: process.execPath,
    args: [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(options.port)],
    cwd: app.dir,
    env,
    readyWhen: /Ready in/,
    timeoutMs: 60_000,
  });
  return { ...server, baseUrl, port: options.port };
}
