import { createKVSessionWrapper } from '@logto/node';
import { createClient } from 'redis';

/**
 * Keeps Logto sessions in Redis: the cookie only carries a random session id,
 * and the tokens stay on the server.
 */
export function createRedisSessionWrapper(url: string) {
  const redis = createClient({ url });
  // Without a listener, a lost connection would crash the server; node-redis reconnects by itself.
  redis.on('error', (error: Error) => console.error('Redis session storage:', error.message));
  // Connect on first use, so importing this module never opens a connection.
  let connecting: Promise<unknown> | undefined;
  const connected = async () => {
    connecting ??= redis.connect();
    await connecting;
    return redis;
  };

  return createKVSessionWrapper(
    {
      async get(key) {
        return (await connected()).get(key);
      },
      async set(key, value, ttlSeconds) {
        const client = await connected();
        // Signing out saves an empty session: delete the key instead of keeping it.
        if (value === '{}') {
          await client.del(key);
          return;
        }
        await client.set(key, value, ttlSeconds ? { EX: ttlSeconds } : undefined);
      },
    },
    { keyPrefix: 'logto:session:' },
  );
}
