/**
 * A misconfigured sample stops at start-up with a message that names the
 * variable and what to do: every case, for every sample of the registry.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { before, describe, test } from 'node:test';
import { freePort } from '../../tools/lib/processes.ts';
import { nextBin } from './helpers/paths.ts';
import { buildEnv, ensureSampleBuild, sampleApps, type SampleApp } from './helpers/sample.ts';

/** Runs `next start` and returns its exit code and output; a server that keeps running is stopped after 30 s. */
async function startWith(env: Record<string, string>, app: SampleApp): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: app.dir,
    env: { ...process.env, ...buildEnv(app), REDIS_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  return { code, output };
}

/** [what is wrong, the environment that makes it so, what the message says] for the sample in `dir`. */
const cases = (dir: string): Array<[string, Record<string, string>, RegExp]> => [
  ['a missing endpoint', { LOGTO_ENDPOINT: '' }, /LOGTO_ENDPOINT is not set\..*\.env\.example/],
  ['a missing app ID', { LOGTO_APP_ID: '' }, /LOGTO_APP_ID is not set\. Copy it from your application in Logto Console/],
  [
    'a missing app secret',
    { LOGTO_APP_SECRET: '' },
    new RegExp(`LOGTO_APP_SECRET is not set\\. Copy it from your application in Logto Console\\. See ${dir.replace(/[.-]/g, '\\$&')}/\\.env\\.example\\.`),
  ],
  ['a cookie secret shorter than 32 characters', { LOGTO_COOKIE_SECRET: 'too-short' }, /LOGTO_COOKIE_SECRET is 9 characters long; use at least 32/],
  ['a base URL that is not a URL', { LOGTO_BASE_URL: 'localhost:3002' }, /LOGTO_BASE_URL must be an absolute http\(s\) URL.*"localhost:3002"/],
  [
    'an endpoint with a path',
    { LOGTO_ENDPOINT: 'http://127.0.0.1:3001/oidc' },
    /LOGTO_ENDPOINT must be the bare endpoint, without a path or query: use "http:\/\/127\.0\.0\.1:3001", not "http:\/\/127\.0\.0\.1:3001\/oidc"/,
  ],
  ['an endpoint with a query', { LOGTO_ENDPOINT: 'http://127.0.0.1:3001/?tenant=a' }, /LOGTO_ENDPOINT must be the bare endpoint, without a path or query/],
  ['a cookie secret of 32 identical characters', { LOGTO_COOKIE_SECRET: 'a'.repeat(32) }, /LOGTO_COOKIE_SECRET is too predictable.*openssl rand -base64 32/],
  ['a REDIS_URL that is not a URL', { REDIS_URL: 'notaurl' }, /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL such as redis:\/\/127\.0\.0\.1:6379, got "notaurl"/],
];

for (const app of sampleApps) {
  describe(app.entry.title, () => {
    before(async () => {
      await ensureSampleBuild(app);
    });

    for (const [label, env, message] of cases(app.entry.dir)) {
      test(`${label} stops the app at start-up with a clear message`, async () => {
        const { code, output } = await startWith(env, app);
        assert.equal(code, 1, `next start should exit with 1; output:\n${output}`);
        assert.match(output, message);
      });
    }
  });
}
