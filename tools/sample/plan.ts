/**
 * Decides what `npm run sample [-- <name>]` starts: with no Logto
 * configuration, the local identity provider plus the chosen sample of the
 * registry (samples/registry.ts) wired to it; with LOGTO_ENDPOINT set (in the
 * environment or in the sample's .env.local), only the sample, for a real tenant.
 */
import { randomBytes } from 'node:crypto';
import { defaultIdpPort, samples, type SampleEntry } from '../../samples/registry.ts';

/** The command that starts a sample: the registry's first sample is the default. */
export function sampleCommand(entry: SampleEntry): string {
  return entry === samples[0] ? 'npm run sample' : `npm run sample -- ${entry.name}`;
}

/** Reads the command line: nothing for the registry's first sample, or the name of one. */
export function sampleFromArgs(args: string[]): SampleEntry {
  const [name = samples[0]!.name, ...rest] = args;
  const entry = samples.find((candidate) => candidate.name === name);
  if (!entry || rest.length > 0) {
    const choices = samples.map((candidate) => `"${sampleCommand(candidate)}" (${candidate.title})`);
    throw new Error(`unknown arguments "${args.join(' ')}". Use ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}.`);
  }
  return entry;
}

export type SamplePlan =
  | { mode: 'local-idp'; idpPort: number; samplePort: number; idpEnv: NodeJS.ProcessEnv; sampleEnv: NodeJS.ProcessEnv }
  | { mode: 'logto-tenant'; samplePort: number; sampleEnv: NodeJS.ProcessEnv };

/** Reads `KEY=value` lines; enough to learn whether .env.local names a Logto endpoint. */
export function parseDotenv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    values[match[1]!] = match[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got "${raw}".`);
  }
  return value;
}

export function planSample(env: NodeJS.ProcessEnv, dotenvLocal: Record<string, string>, entry: SampleEntry = samples[0]!): SamplePlan {
  const samplePort = port(env, 'SAMPLE_PORT', entry.port);
  const tenantEndpoint = env.LOGTO_ENDPOINT || dotenvLocal.LOGTO_ENDPOINT;
  if (tenantEndpoint) {
    // Next.js reads .env.local itself; only the port is ours to pass on.
    return { mode: 'logto-tenant', samplePort, sampleEnv: { PORT: String(samplePort) } };
  }

  const idpPort = port(env, 'IDP_PORT', defaultIdpPort);
  const sampleBaseUrl = `http://127.0.0.1:${samplePort}`;
  return {
    mode: 'local-idp',
    idpPort,
    samplePort,
    idpEnv: {
      IDP_PORT: String(idpPort),
      [`${entry.client.envPrefix}SAMPLE_BASE_URL`]: sampleBaseUrl,
      [`${entry.client.envPrefix}CLIENT_ID`]: entry.client.id,
      [`${entry.client.envPrefix}CLIENT_SECRET`]: entry.client.secret,
    },
    sampleEnv: {
      LOGTO_ENDPOINT: `http://127.0.0.1:${idpPort}`,
      LOGTO_APP_ID: entry.client.id,
      LOGTO_APP_SECRET: entry.client.secret,
      LOGTO_BASE_URL: sampleBaseUrl,
      // A fresh secret per run: sessions from an earlier run are simply not read.
      LOGTO_COOKIE_SECRET: randomBytes(32).toString('base64url'),
    },
  };
}
