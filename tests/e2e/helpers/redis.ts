/** A throwaway redis-server on a free loopback port, and a client to look inside it. */
import assert from 'node:assert/strict';
import { createClient } from 'redis';
import { freePort, startProcess, type ServerProcess } from '../../../tools/lib/processes.ts';

export interface Redis extends ServerProcess {
  url: string;
  client: ReturnType<typeof createClient>;
}

export async function startRedis(): Promise<Redis> {
  const port = await freePort();
  const server = await startProcess({
    name: 'redis-server',
    command: 'redis-server',
    // Nothing persisted to disk: the data dies with the test.
    args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    readyWhen: /Ready to accept connections/,
    timeoutMs: 15_000,
  });
  const url = `redis://127.0.0.1:${port}`;
  const client = createClient({ url });
  await client.connect();
  return {
    ...server,
    url,
    client,
    stop: async () => {
      await client.quit().catch(() => undefined);
      await server.stop();
    },
  };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What the guide promises of a Redis session: the cookie holds a bare id, Redis the tokens under logto:session:<id>, with an expiry. */
export async function assertStoredSession(redis: Redis, sessionId: string): Promise<void> {
  assert.match(sessionId, uuid, 'the cookie holds only a session id');
  const stored = await redis.client.get(`logto:session:${sessionId}`);
  assert.ok(stored, 'the session is stored under logto:session:<id>');
  const session = JSON.parse(stored) as Record<string, string>;
  assert.ok(session.idToken && session.refreshToken, 'Redis holds the ID and refresh tokens');
  assert.ok((await redis.client.ttl(`logto:session:${sessionId}`)) > 0, 'the key expires');
}
