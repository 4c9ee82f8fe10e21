/** Starts the local identity provider (samples/local-idp) for a test. */
import { idpDir, tsxBin } from './paths.js';
import { startProcess, type ServerProcess } from './processes.js';

export interface Idp extends ServerProcess {
  endpoint: string;
  /** How many access tokens the provider issued so far, by audience. */
  issuedTokens: (audience: string) => number;
}

export interface IdpOptions {
  /** Base URL of the App Router sample (client sample-next-app-router). */
  sampleBaseUrl: string;
  /** Base URL of the Pages Router sample (client sample-next-pages-router); the provider's default if left out. */
  pagesSampleBaseUrl?: string;
  accessTokenTtl?: number;
  extraTestUsers?: number;
}

export async function startIdp(options: IdpOptions): Promise<Idp> {
  const server = await startProcess({
    name: 'local-idp',
    command: process.execPath,
    args: [tsxBin, 'src/main.ts'],
    cwd: idpDir,
    env: {
      IDP_PORT: '0',
      IDP_SAMPLE_BASE_URL: options.sampleBaseUrl,
      IDP_PAGES_SAMPLE_BASE_URL: options.pagesSampleBaseUrl ?? '',
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
