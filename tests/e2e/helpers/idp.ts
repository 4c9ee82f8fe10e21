/** Starts the local identity provider (samples/local-idp) for a test, with a client for every sample of the registry. */
import { after, before } from 'node:test';
import { samples } from '../../../samples/registry.ts';
import { idpDir, tsxBin } from './paths.ts';
import { startProcess, type ServerProcess } from '../../../tools/lib/processes.ts';

export interface Idp extends ServerProcess {
  endpoint: string;
  /** How many access tokens the provider issued so far, by audience. */
  issuedTokens: (audience: string) => number;
}

export interface IdpOptions {
  /**
   * Base URLs of the samples under test, by registry name (`{ app: … }`); the
   * client of every other sample gets an address where nothing listens.
   */
  baseUrls?: Record<string, string>;
  accessTokenTtl?: number;
  extraTestUsers?: number;
}

/** Nothing listens here: a flow that stops at the redirect reads the code from it. */
export const nowhere = 'http://127.0.0.1:9';

export async function startIdp(options: IdpOptions = {}): Promise<Idp> {
  const server = await startProcess({
    name: 'local-idp',
    command: process.execPath,
    args: [tsxBin, 'src/main.ts'],
    cwd: idpDir,
    env: {
      IDP_PORT: '0',
      ...Object.fromEntries(samples.map((entry) => [`${entry.client.envPrefix}SAMPLE_BASE_URL`, options.baseUrls?.[entry.name] ?? nowhere])),
      IDP_ACCESS_TOKEN_TTL: String(options.accessTokenTtl ?? 3600),
      IDP_EXTRA_TEST_USERS: String(options.extraTestUsers ?? 0),
    },
    readyWhen: /listening on http:\/\/127\.0\.0\.1:\d+/,
    timeoutMs: 30_000,
  });
  const endpoint = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(server.output())![1]!;
  const issuedTokens = (audience: string) =>
    server.output().split('\n').filter((line) => line.startsWith('token issued:') && line.includes(` for ${audience},`)).length;
  return { ...server, endpoint, issuedTokens };
}

/** A provider for a whole test file: started before its tests, stopped after them. Returns a getter. */
export function idpForTests(options: IdpOptions = {}): () => Idp {
  let idp: Idp | undefined;
  before(async () => {
    idp = await startIdp(options);
  });
  after(async () => {
    await idp?.stop();
  });
  return () => {
    if (!idp) throw new Error('the identity provider is not running (did its start-up fail?)');
    return idp;
  };
}
