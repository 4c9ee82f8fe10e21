/**
 * Twenty different people sign in at the same moment (plain HTTP, no browser):
 * each must end up seeing their own name and email, never someone else's, with
 * sessions in the cookie and in Redis.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { HttpClient, signInWithHttp } from './helpers/http-client.ts';
import { startIdp, type Idp } from './helpers/idp.ts';
import type { ServerProcess } from '../../tools/lib/processes.ts';
import { startRedis, type Redis } from './helpers/redis.ts';
import { ensureSampleBuild, reserveSamplePort, sessionCookieName, startSample, type Sample } from './helpers/sample.ts';

const people = Array.from({ length: 20 }, (_, index) => {
  const number = String(index + 1).padStart(2, '0');
  return { username: `user-${number}`, password: `password-${number}`, name: `Test User ${number}`, email: `user-${number}@example.com` };
});

async function startStack(redisUrl?: string): Promise<{ idp: Idp; sample: Sample }> {
  await ensureSampleBuild();
  const { port, baseUrl } = await reserveSamplePort();
  const idp = await startIdp({ baseUrls: { app: baseUrl }, extraTestUsers: people.length });
  const sample = await startSample({ idpEndpoint: idp.endpoint, port, redisUrl });
  return { idp, sample };
}

async function signInEveryoneAtOnce(sample: Sample): Promise<void> {
  const clients = people.map(() => new HttpClient());
  const homes = (await Promise.all(people.map((person, index) => signInWithHttp(clients[index]!, sample.baseUrl, person))))
    // React separates text parts with empty comments: "Hello, <!-- -->Alice<!-- -->!".
    .map((html) => html.replaceAll('<!-- -->', ''));

  const sessionCookies = new Set(clients.map((client) => client.cookie(sessionCookieName)));
  assert.equal(sessionCookies.size, people.length, 'every person has a session cookie of their own');

  for (const [index, person] of people.entries()) {
    assert.match(homes[index]!, new RegExp(`Hello, ${person.name}!`), `${person.username} sees their own name`);
    for (const other of people) {
      if (other !== person) assert.doesNotMatch(homes[index]!, new RegExp(other.email), `${person.username} never sees ${other.username}`);
    }
  }

  // Again all at once, through the userinfo endpoint this time.
  const profiles = await Promise.all(clients.map((client) => client.request(`${sample.baseUrl}/profile`)));
  for (const [index, person] of people.entries()) {
    assert.equal(profiles[index]!.url, `${sample.baseUrl}/profile`);
    assert.match(profiles[index]!.body, new RegExp(person.email));
    const others = people.filter((other) => other !== person && profiles[index]!.body.includes(other.email));
    assert.deepEqual(others, [], `${person.username}'s profile shows nobody else`);
  }
}

describe('with the encrypted cookie store', () => {
  const running: ServerProcess[] = [];
  after(async () => {
    for (const server of running.reverse()) await server.stop();
  });

  test('20 simultaneous sign-ins each see their own user', { timeout: 300_000 }, async () => {
    const { idp, sample } = await startStack();
    running.push(idp, sample);
    await signInEveryoneAtOnce(sample);
  });
});

describe('with Redis session storage', () => {
  const running: ServerProcess[] = [];
  let redis: Redis;
  after(async () => {
    for (const server of running.reverse()) await server.stop();
  });

  test('20 simultaneous sign-ins each see their own user', { timeout: 300_000 }, async () => {
    redis = await startRedis();
    running.push(redis);
    const { idp, sample } = await startStack(redis.url);
    running.push(idp, sample);
    await signInEveryoneAtOnce(sample);
    assert.equal((await redis.client.keys('logto:session:*')).length, people.length, 'one Redis session per person');
  });
});
