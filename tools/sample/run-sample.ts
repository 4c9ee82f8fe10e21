/**
 * `npm run sample` (App Router) or `npm run sample -- <name>` (another sample
 * of samples/registry.ts, e.g. `pages` for the Pages Router): starts the local identity provider and the Next.js sample (next dev) wired to
 * it, prints both URLs and the test user, and stops both on Ctrl-C. With
 * LOGTO_ENDPOINT set it starts only the sample, for a real tenant.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWithUsageError, parseCommandLine } from '../cli/args.ts';
import { sample as sampleCli } from '../cli/commands.ts';
import { startChild, type Child } from './children.ts';
import { parseDotenv, planSample, sampleCommand, sampleFromArgs } from './plan.ts';
import { testUser } from '../../samples/registry.ts';

const { positionals } = parseCommandLine(sampleCli);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const idpDir = path.join(root, 'samples/local-idp');

async function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => socket.destroy() || resolve(true));
    socket.once('error', () => resolve(false));
  });
}

async function main(): Promise<void> {
  const entry = (() => {
    try {
      return sampleFromArgs(positionals);
    } catch (error) {
      return exitWithUsageError(sampleCli, (error as Error).message);
    }
  })();
  const sampleDir = path.join(root, entry.dir);
  const dotenvPath = path.join(sampleDir, '.env.local');
  const dotenv = existsSync(dotenvPath) ? parseDotenv(readFileSync(dotenvPath, 'utf8')) : {};
  const plan = planSample(process.env, dotenv, entry);
  const children: Child[] = [];

  const ports = plan.mode === 'local-idp' ? [plan.idpPort, plan.samplePort] : [plan.samplePort];
  for (const port of ports) {
    if (await portInUse(port)) {
      throw new Error(`Port ${port} on 127.0.0.1 is in use. Stop what runs there, or choose other ports with IDP_PORT=… SAMPLE_PORT=… ${sampleCommand(entry)}.`);
    }
  }

  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(children.map((child) => child.stop()));
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  if (plan.mode === 'local-idp') {
    let idpReady: () => void;
    const ready = new Promise<void>((resolve) => (idpReady = resolve));
    const idp = startChild('idp', process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: idpDir,
      env: { ...process.env, ...plan.idpEnv },
      onLine: (line) => line.startsWith('local-idp listening') && idpReady(),
    });
    children.push(idp);
    await Promise.race([ready, idp.exited.then((code) => Promise.reject(new Error(`the identity provider exited (code ${code})`)))]);
  }

  const sampleUrl = `http://127.0.0.1:${plan.samplePort}`;
  const summary =
    plan.mode === 'local-idp'
      ? [
          `Sample app:         ${sampleUrl} (${entry.title})`,
          `Identity provider:  http://127.0.0.1:${plan.idpPort} (issuer http://127.0.0.1:${plan.idpPort}/oidc)`,
          `Test user:          ${testUser.username} / ${testUser.password} (${testUser.email}, organization ${testUser.organization.id})`,
        ]
      : [
          `Sample app:         ${sampleUrl} (${entry.title})`,
          `Logto endpoint:     ${process.env.LOGTO_ENDPOINT || dotenv.LOGTO_ENDPOINT} (from ${process.env.LOGTO_ENDPOINT ? 'the environment' : '.env.local'})`,
        ];

  const next = path.join(root, 'node_modules/next/dist/bin/next');
  const sample = startChild('sample', process.execPath, [next, 'dev', '--hostname', '127.0.0.1', '--port', String(plan.samplePort)], {
    cwd: sampleDir,
    env: { ...process.env, ...plan.sampleEnv, NEXT_TELEMETRY_DISABLED: '1' },
    // Printed once Next.js is ready, so the URLs are not lost above its start-up lines.
    onLine: (line) => /Ready in/.test(line) && console.log(['', ...summary, 'Press Ctrl-C to stop.', ''].join('\n')),
  });
  children.push(sample);

  // If either server dies on its own, take the other one down too.
  const [first] = await Promise.race(children.map(async (child) => [child, await child.exited] as const));
  if (!stopping) {
    console.error(`${first.name} stopped unexpectedly; stopping the rest.`);
    await stopAll(1);
  }
}

main().catch((error: unknown) => {
  console.error(`npm run sample: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
