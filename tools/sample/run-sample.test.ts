/**
 * `npm run sample` and `npm run sample -- pages` for real: both servers come up
 * with no configuration, the URLs and test user are printed, and Ctrl-C
 * (SIGINT) stops both.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '../lib/processes.ts';
import { testUser } from '../../samples/registry.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

interface Variant {
  label: string;
  args: string[];
  /** A request to the sample that proves it runs, wired to the provider. */
  check: (sampleUrl: string) => Promise<void>;
}

const variants: Variant[] = [
  {
    label: 'npm run sample',
    args: [],
    check: async (sampleUrl) => {
      const home = await fetch(`${sampleUrl}/`);
      assert.equal(home.status, 200);
      assert.match(await home.text(), /You are not signed in/);
    },
  },
  {
    label: 'npm run sample -- pages',
    args: ['pages'],
    check: async (sampleUrl) => {
      // The Pages Router home page asks this route on the client; it needs a working Logto client.
      const user = await fetch(`${sampleUrl}/api/logto/user`);
      assert.equal(user.status, 200);
      assert.deepEqual(await user.json(), { isAuthenticated: false });
    },
  },
];

for (const variant of variants) {
  test(`${variant.label} starts the provider and the sample, prints both URLs and the test user, and Ctrl-C stops both`, { timeout: 240_000 }, async () => {
    const [idpPort, samplePort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/sample/run-sample.ts', ...variant.args], {
      cwd: root,
      env: { ...process.env, IDP_PORT: String(idpPort), SAMPLE_PORT: String(samplePort), LOGTO_ENDPOINT: '', REDIS_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    try {
      const deadline = Date.now() + 120_000;
      while (!output.includes('Press Ctrl-C') && Date.now() < deadline && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      assert.match(output, new RegExp(`Sample app: +http://127\\.0\\.0\\.1:${samplePort}`));
      assert.match(output, new RegExp(`Identity provider: +http://127\\.0\\.0\\.1:${idpPort}`));
      assert.match(output, new RegExp(`${testUser.username} / ${testUser.password}`));

      const discovery = await fetch(`http://127.0.0.1:${idpPort}/oidc/.well-known/openid-configuration`);
      assert.equal(((await discovery.json()) as { issuer: string }).issuer, `http://127.0.0.1:${idpPort}/oidc`);
      await variant.check(`http://127.0.0.1:${samplePort}`);

      child.kill('SIGINT');
      assert.equal(await exited, 0);
      assert.equal(await listening(idpPort), false, 'the provider stopped');
      assert.equal(await listening(samplePort), false, 'the sample stopped');
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
  });
}
