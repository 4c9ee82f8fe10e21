import { randomUUID } from 'node:crypto';
import type { SessionData, SessionWrapper } from '@logto/node';
import { createClient } from 'redis';
import { withoutExpiredTokens } from './session-expiry';

/**
 * Keeps Logto sessions in Redis: the cookie only carries a random session id,
 * and the tokens stay on the server.
 */
const keyPrefix = 'logto:session:';
const ttlSeconds = 14 * 24 * 3600; // as long as the SDK's own cookie lives
const timeoutMs = 2000;
// The only ids this store hands out: crypto.randomUUID() (version 4).
const sessionIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Thrown when a session cannot be saved because Redis does not answer. */
export class SessionStoreUnavailableError extends Error {
  override name = 'SessionStoreUnavailableError';
}

function isSignedIn(data: SessionData | undefined): boolean {
  return Boolean(data?.idToken) && withoutExpiredTokens(data!).idToken !== undefined;
}

export function createRedisSessionWrapper(url: string): SessionWrapper {
  // No offline queue: while Redis is down, commands fail at once instead of waiting for it.
  const redis = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: timeoutMs, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
  });
  // Without a listener, a lost connection would crash the server. Log each outage once, not every retry.
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) console.error(`Redis session storage at ${url} is unreachable: ${error.message}`);
    down = true;
  });
  redis.on('ready', () => {
    if (down) console.error(`Redis session storage at ${url} is reachable again.`);
    down = false;
  });
  // Connect on first use, so importing this module never opens a connection.
  let connecting: Promise<unknown> | undefined;

  async function run<T>(command: (client: typeof redis) => Promise<T>): Promise<T> {
    // While an outage lasts, fail at once; node-redis keeps reconnecting in the background.
    if (down) throw new Error('the connection is down');
    connecting ??= redis.connect().catch((error: unknown) => {
      connecting = undefined;
      throw error;
    });
    let timer: NodeJS.Timeout | undefined;
    let onError: ((error: Error) => void) | undefined;
    // Whichever comes first: the answer, 2 s, or a connection error (no need to wait for the 2 s then).
    const failure = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      onError = reject;
      redis.once('error', onError);
    });
    try {
      return await Promise.race([connecting.then(async () => command(redis)), failure]);
    } finally {
      clearTimeout(timer);
      redis.off('error', onError!);
    }
  }

  async function read(id: string): Promise<SessionData | undefined> {
    const stored = await run(async (client) => client.get(`${keyPrefix}${id}`));
    const data: unknown = stored ? JSON.parse(stored) : undefined;
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as SessionData) : undefined;
  }

  return {
    async unwrap(value) {
      // Any other cookie value was not issued here: never use it as a key.
      if (!sessionIdPattern.test(value)) return {};
      try {
        return withoutExpiredTokens((await read(value)) ?? {});
      } catch (error) {
        // Redis is down: render the page as signed out rather than fail or hang.
        console.error(`Redis session storage: cannot read a session (${String(error)}); treating the request as signed out.`);
        return {};
      }
    },
    async wrap(data, _key, currentValue = '') {
      try {
        const current = sessionIdPattern.test(currentValue) ? currentValue : undefined;
        const previous = current ? await read(current) : undefined;
        // Signing out saves an empty session: delete the key, and leave no id in the cookie.
        if (Object.keys(data).length === 0) {
          if (current) await run(async (client) => client.del(`${keyPrefix}${current}`));
          return '';
        }
        // A fresh id when there is no session under the cookie's value (a value this store never
        // issued, or one that expired or was signed out), and whenever the session becomes
        // signed in: an id someone planted or saw before sign-in is never the signed-in one.
        const keep = current !== undefined && previous !== undefined && (isSignedIn(previous) || !data.idToken);
        const id = keep ? current : randomUUID();
        if (!keep && current && previous) await run(async (client) => client.del(`${keyPrefix}${current}`));
        await run(async (client) => client.set(`${keyPrefix}${id}`, JSON.stringify(data), { EX: ttlSeconds }));
        return id;
      } catch (error) {
        throw new SessionStoreUnavailableError(
          `The session could not be saved because Redis (REDIS_URL) did not answer: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}
