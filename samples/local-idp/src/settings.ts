/**
 * Settings of the local identity provider. Every value has a default that
 * matches the samples of the registry (./registry.ts), so `npm run sample`
 * needs no configuration; the environment can override each one (see
 * ../.env.example).
 */
import { defaultBaseUrl, defaultIdpPort, samples } from './registry.js';

/** One client per sample of the registry. */
export interface SampleClient {
  /** The registry's name of the sample (`app`, `pages`). */
  name: string;
  title: string;
  /** Where the sample runs; its callback and sign-out URIs derive from it. */
  baseUrl: string;
  callbackPath: string;
  clientId: string;
  clientSecret: string;
}

export interface IdpSettings {
  /** Port on 127.0.0.1. 0 picks a free port (the tests use that). */
  port: number;
  /** The samples' clients, in the registry's order. */
  samples: SampleClient[];
  /**
   * Origins of the reader's own apps (the quick starts' `baseUrl`), all served by
   * one client: each gets the callback of every guide (`/callback`,
   * `/api/logto/sign-in-callback`) and itself as post sign-out URI.
   */
  appBaseUrls: string[];
  appClientId: string;
  appClientSecret: string;
  /** The API resource indicator the sample asks tokens for. */
  apiResource: string;
  /** Lifetime of access tokens in seconds; the tests shorten it to watch a refresh. */
  accessTokenTtl: number;
  /** How many numbered test users (`user-01` …) to add besides alice. */
  extraTestUsers: number;
}

export const defaultSettings: IdpSettings = {
  port: defaultIdpPort,
  samples: samples.map((entry) => ({
    name: entry.name,
    title: entry.title,
    baseUrl: defaultBaseUrl(entry),
    callbackPath: entry.callbackPath,
    clientId: entry.client.id,
    clientSecret: entry.client.secret,
  })),
  appBaseUrls: ['http://localhost:3000'],
  appClientId: 'my-next-app',
  appClientSecret: 'my-next-app-secret-not-for-production',
  apiResource: 'https://shopping.your-app.com/api',
  accessTokenTtl: 3600,
  extraTestUsers: 0,
};

/** Scopes of the API resource, as an API resource in Logto Console would define them. */
export const apiScopes = ['read:products', 'write:products'];

/** Logto's reserved resource and scopes for organizations. */
export const organizationsResource = 'urn:logto:resource:organizations';
export const organizationsScope = 'urn:logto:scope:organizations';
export const organizationRolesScope = 'urn:logto:scope:organization_roles';
export const organizationUrnPrefix = 'urn:logto:organization:';
export const customDataScope = 'custom_data';

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): IdpSettings {
  return {
    port: integer(env, 'IDP_PORT', defaultSettings.port),
    // Each sample's settings start with the prefix its registry entry names: IDP_SAMPLE_BASE_URL, IDP_PAGES_CLIENT_ID, …
    samples: defaultSettings.samples.map((client, index) => {
      const prefix = samples[index]!.client.envPrefix;
      return {
        ...client,
        baseUrl: url(env, `${prefix}SAMPLE_BASE_URL`, client.baseUrl),
        clientId: safeCredential(env, `${prefix}CLIENT_ID`, client.clientId),
        clientSecret: safeCredential(env, `${prefix}CLIENT_SECRET`, client.clientSecret),
      };
    }),
    appBaseUrls: urlList(env, 'IDP_APP_BASE_URLS', defaultSettings.appBaseUrls),
    appClientId: safeCredential(env, 'IDP_APP_CLIENT_ID', defaultSettings.appClientId),
    appClientSecret: safeCredential(env, 'IDP_APP_CLIENT_SECRET', defaultSettings.appClientSecret),
    apiResource: url(env, 'IDP_API_RESOURCE', defaultSettings.apiResource),
    accessTokenTtl: integer(env, 'IDP_ACCESS_TOKEN_TTL', defaultSettings.accessTokenTtl),
    extraTestUsers: integer(env, 'IDP_EXTRA_TEST_USERS', defaultSettings.extraTestUsers),
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number of at least 0, got "${raw}".`);
  }
  return value;
}

function url(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!URL.canParse(raw)) throw new Error(`${name} must be an absolute URL, got "${raw}".`);
  return raw.replace(/\/+$/, '');
}

function urlList(env: NodeJS.ProcessEnv, name: string, fallback: string[]): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  return raw.split(',').map((part) => appUrl(name, part.trim()));
}

/** An app origin such as http://localhost:3000: http(s), no path, no trailing slash. */
export function appUrl(name: string, raw: string): string {
  const parsed = URL.canParse(raw) ? new URL(raw) : undefined;
  if ((parsed?.protocol !== 'http:' && parsed?.protocol !== 'https:') || parsed.pathname !== '/' || parsed.search !== '') {
    throw new Error(`${name} must be the origin your app is served at, such as http://localhost:3000 (no path), got "${raw}".`);
  }
  return parsed.origin;
}

/**
 * Reads the command line of `npm run idp -- --app-url http://localhost:4000 --port 4001`.
 * `--app-url` may be given several times; it replaces the default app URL.
 */
export function settingsFromArgs(args: string[], base: IdpSettings): IdpSettings {
  const settings = { ...base };
  const appUrls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = inline ?? args[i + 1];
    if (flag === '--app-url' && value !== undefined) {
      appUrls.push(appUrl('--app-url', value));
      if (inline === undefined) i++;
    } else if (flag === '--port' && value !== undefined) {
      settings.port = integer({ IDP_PORT: value }, 'IDP_PORT', base.port);
      if (inline === undefined) i++;
    } else {
      throw new Error(`unknown argument "${arg}". Use --app-url <origin of your app> (repeatable) and --port <port>.`);
    }
  }
  if (appUrls.length > 0) settings.appBaseUrls = appUrls;
  return settings;
}

// oidc-provider URL-decodes Basic credentials, so `%` and `+` would not survive.
function safeCredential(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/[%+]/.test(raw)) throw new Error(`${name} must not contain "%" or "+".`);
  return raw;
}
