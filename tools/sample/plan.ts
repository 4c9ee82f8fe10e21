/**
 * Decides what `npm run sample [-- app|pages]` starts: with no Logto
 * configuration, the local identity provider plus the chosen sample wired to
 * it; with LOGTO_ENDPOINT set (in the environment or in the sample's
 * .env.local), only the sample, for a real tenant.
 */
import { randomBytes } from 'node:crypto';
import { defaultIdpPort, samples, type SampleKind } from './kinds.ts';

export { samples, defaultIdpPort, type SampleKind } from './kinds.ts';

/** Reads the command line: nothing or `app` for the App Router sample, `pages` for the Pages Router one. */
export function sampleFromArgs(args: string[]): SampleKind {
  const [name = 'app', ...rest] = args;
  const kind = name === 'app' || name === 'pages' ? samples[name] : undefined;
  if (!kind || rest.length > 0) {
    throw new Error(`unknown arguments "${args.join(' ')}". Use "npm run sample" (App Router) or "npm run sample -- pages" (Pages Router).`);
  }
  return kind;
}

/** The local provider's test user (see samples/local-idp/src/accounts.ts). */
export const testUser = { username: 'alice', password: 'wonderland-2026', email: 'alice@example.com' };

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

export function planSample(env: NodeJS.ProcessEnv, dotenvLocal: Record<string, string>, kind: SampleKind = samples.app): SamplePlan {
  const samplePort = port(env, 'SAMPLE_PORT', kind.port);
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
      [`${kind.idpPrefix}SAMPLE_BASE_URL`]: sampleBaseUrl,
      [`${kind.idpPrefix}CLIENT_ID`]: kind.appId,
      [`${kind.idpPrefix}CLIENT_SECRET`]: kind.appSecret,
    },
    sampleEnv: {
      LOGTO_ENDPOINT: `http://127.0.0.1:${idpPort}`,
      LOGTO_APP_ID: kind.appId,
      LOGTO_APP_SECRET: kind.appSecret,
      LOGTO_BASE_URL: sampleBaseUrl,
      // A fresh secret per run: sessions from an earlier run are simply not read.
      LOGTO_COOKIE_SECRET: randomBytes(32).toString('base64url'),
    },
  };
}
