/**
 * Reads and validates the sample's configuration from environment variables
 * once, at start-up, so a misconfiguration fails with a message that says what
 * to fix instead of an obscure error during the first sign-in.
 */
export interface SampleEnv {
  endpoint: string;
  appId: string;
  appSecret: string;
  baseUrl: string;
  cookieSecret: string;
  cookieSecure: boolean;
  redisUrl: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function required(source: NodeJS.ProcessEnv, name: string, hint: string): string {
  const value = source[name]?.trim();
  if (!value) {
    throw new ConfigError(`${name} is not set. ${hint} See samples/next-pages-router/.env.example.`);
  }
  return value;
}

function url(name: string, value: string): string {
  // `new URL('localhost:3000')` parses (as a "localhost:" scheme), so check the protocol too.
  const parsed = URL.canParse(value) ? new URL(value) : undefined;
  if (parsed?.protocol !== 'http:' && parsed?.protocol !== 'https:') {
    throw new ConfigError(`${name} must be an absolute http(s) URL such as http://localhost:3000, got "${value}".`);
  }
  return parsed.toString().replace(/\/$/, '');
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): SampleEnv {
  const cookieSecret = required(source, 'LOGTO_COOKIE_SECRET', 'Set it to a random string of at least 32 characters.');
  if (cookieSecret.length < 32) {
    throw new ConfigError(
      `LOGTO_COOKIE_SECRET is ${cookieSecret.length} characters long; use at least 32 random characters (for example: openssl rand -base64 32).`,
    );
  }
  return {
    endpoint: url('LOGTO_ENDPOINT', required(source, 'LOGTO_ENDPOINT', 'Set it to your Logto endpoint.')),
    appId: required(source, 'LOGTO_APP_ID', 'Copy it from your application in Logto Console.'),
    appSecret: required(source, 'LOGTO_APP_SECRET', 'Copy it from your application in Logto Console.'),
    baseUrl: url('LOGTO_BASE_URL', required(source, 'LOGTO_BASE_URL', 'Set it to the URL this app is served at.')),
    cookieSecret,
    cookieSecure: source.NODE_ENV === 'production' && source.LOGTO_COOKIE_SECURE !== 'false',
    redisUrl: source.REDIS_URL?.trim() || undefined,
  };
}

export const env = readEnv();
