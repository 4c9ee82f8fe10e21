/** A throwaway redis-server on a free loopback port, and a client to look inside it. */
import { createClient } from 'redis';
import { freePort, startProcess, type ServerProcess } from './processes.js';

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
