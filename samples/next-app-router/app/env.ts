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
    throw new ConfigError(`${name} is not set. ${hint} See samples/next-app-router/.env.example.`);
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

function endpoint(value: string): string {
  const parsed = new URL(url('LOGTO_ENDPOINT', value));
  if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
    throw new ConfigError(
      `LOGTO_ENDPOINT must be the bare endpoint, without a path or query: use "${parsed.origin}", not "${value}" (the SDK adds /oidc itself).`,
    );
  }
  return parsed.origin;
}

/** Bits of entropy estimated from how often each character occurs (Shannon), times the length: a rough
 * check that catches repeated characters; 16 random bytes in hex score 93 or more. */
function estimatedBits(secret: string): number {
  const counts = new Map<string, number>();
  for (const character of secret) counts.set(character, (counts.get(character) ?? 0) + 1);
  let bitsPerCharacter = 0;
  for (const count of counts.values()) {
    const p = count / secret.length;
    bitsPerCharacter -= p * Math.log2(p);
  }
  return bitsPerCharacter * secret.length;
}

function redisUrl(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const parsed = URL.canParse(trimmed) ? new URL(trimmed) : undefined;
  if ((parsed?.protocol !== 'redis:' && parsed?.protocol !== 'rediss:') || !parsed.hostname) {
    throw new ConfigError(`REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379, got "${trimmed}". Leave it unset to keep sessions in the cookie.`);
  }
  return trimmed;
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): SampleEnv {
  const cookieSecret = required(source, 'LOGTO_COOKIE_SECRET', 'Set it to a random string of at least 32 characters.');
  if (cookieSecret.length < 32) {
    throw new ConfigError(
      `LOGTO_COOKIE_SECRET is ${cookieSecret.length} characters long; use at least 32 random characters (for example: openssl rand -base64 32).`,
    );
  }
  if (estimatedBits(cookieSecret) < 80) {
    throw new ConfigError(
      'LOGTO_COOKIE_SECRET is too predictable (too few different characters); use random characters, for example the output of: openssl rand -base64 32',
    );
  }
  return {
    endpoint: endpoint(required(source, 'LOGTO_ENDPOINT', 'Set it to your Logto endpoint.')),
    appId: required(source, 'LOGTO_APP_ID', 'Copy it from your application in Logto Console.'),
    appSecret: required(source, 'LOGTO_APP_SECRET', 'Copy it from your application in Logto Console.'),
    baseUrl: url('LOGTO_BASE_URL', required(source, 'LOGTO_BASE_URL', 'Set it to the URL this app is served at.')),
    cookieSecret,
    cookieSecure: source.NODE_ENV === 'production' && source.LOGTO_COOKIE_SECURE !== 'false',
    redisUrl: redisUrl(source.REDIS_URL),
  };
}

export const env = readEnv();
