/** The Pages Router sample checks its configuration at start-up too (instrumentation.ts works in the Pages Router). */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { before, test } from 'node:test';
import { nextBin, pagesSampleDir } from './helpers/paths.js';
import { freePort } from './helpers/processes.js';
import { cookieSecret, ensureSampleBuild, pagesRouterSample } from './helpers/sample.js';

before(async () => {
  await ensureSampleBuild(pagesRouterSample);
});

test('a missing app secret stops the app at start-up with a message naming the variable and the example file', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: pagesSampleDir,
    env: {
      ...process.env,
      LOGTO_ENDPOINT: 'http://127.0.0.1:3001',
      LOGTO_APP_ID: pagesRouterSample.appId,
      LOGTO_APP_SECRET: '',
      LOGTO_BASE_URL: 'http://127.0.0.1:3003',
      LOGTO_COOKIE_SECRET: cookieSecret,
      REDIS_URL: '',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // A server that keeps running is a failure: stop it after 30 s.
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);

  assert.equal(code, 1, `next start should exit with 1; output:\n${output}`);
  assert.match(output, /LOGTO_APP_SECRET is not set\. Copy it from your application in Logto Console\. See samples\/next-pages-router\/\.env\.example\./);
});
