/**
 * Every sample of the registry (samples/registry.ts) with sessions in Redis
 * (REDIS_URL set): the browser cookie holds only a session id, the pages and
 * API routes read the session from Redis, it survives a restart of the app,
 * and signing out deletes the Redis key.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { alice, sessionCookie, signInThroughProvider, signOut } from './helpers/browser.ts';
import type { Idp } from './helpers/idp.ts';
import { assertStoredSession, type Redis } from './helpers/redis.ts';
import { sampleApps, startSample, type Sample } from './helpers/sample.ts';
import { startStack, stopStack } from './helpers/stack.ts';

for (const app of sampleApps) {
  describe(app.entry.title, () => {
    let redis: Redis;
    let idp: Idp;
    let sample: Sample;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;

    before(async () => {
      const stack = await startStack({ app, redis: true });
      assert.ok(stack.redis, 'Redis was asked for');
      ({ idp, sample, browser, context, page } = stack);
      redis = stack.redis;
    });

    after(async () => {
      // `sample` is the current one: a test may have restarted it.
      await stopStack({ idp, sample, redis, browser, context, page });
    });

    async function sessionId(): Promise<string> {
      return (await sessionCookie(context, sample.baseUrl, app.sessionCookieName)).value;
    }

    test('signs in; the cookie holds only a session id and the tokens are in Redis', async () => {
      await signInThroughProvider(page, sample.baseUrl);
      await assertStoredSession(redis, await sessionId());
    });

    test('claims, the server-rendered profile, API data and the organization token come from the Redis session', async () => {
      await page.goto(`${sample.baseUrl}/`);
      await page.locator('table').getByText(alice.email).waitFor();
      await page.goto(`${sample.baseUrl}/profile`);
      await page.getByText(alice.email).waitFor();
      assert.equal((await page.request.get(`${sample.baseUrl}/api/products`)).status(), 200);
      assert.equal((await page.request.get(`${sample.baseUrl}/api/organization-token`)).status(), 200);
    });

    if (app.entry.name === 'pages') {
      test('the Edge route cannot reach Redis: it answers signed out and leaves the session alone', async () => {
        const id = await sessionId();
        const response = await page.request.get(`${sample.baseUrl}/api/edge/user`);
        assert.deepEqual(await response.json(), { runtime: 'edge', isAuthenticated: false, userId: null });
        assert.equal(await sessionId(), id);
        assert.equal((await page.request.get(`${sample.baseUrl}/api/products`)).status(), 200);
      });
    }

    test('the session survives a restart of the app', async () => {
      const id = await sessionId();
      await sample.stop();
      sample = await startSample({ idpEndpoint: idp.endpoint, port: sample.port, redisUrl: redis.url, app });

      await page.goto(`${sample.baseUrl}/`);
      await page.getByText(`Hello, ${alice.name}!`).waitFor();
      assert.equal(await sessionId(), id);
    });

    test('signing out deletes the Redis key', async () => {
      const id = await sessionId();
      await signOut(page, sample.baseUrl);
      assert.equal(await redis.client.exists(`logto:session:${id}`), 0);
    });
  });
}
