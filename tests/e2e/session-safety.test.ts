/**
 * What a reader who copies either sample relies on, for both samples and both
 * session stores (the encrypted cookie and Redis), in real Chromium and over
 * HTTP: a planted or garbage session id is never used, an expired ID token or a
 * session Logto has ended means signed out, Redis going down gives a signed-out
 * page and a 503 sign-in instead of a hang, the security headers, the Pages
 * Router's refusal of a cross-site sign-out, and the cookie-size warning.
 */
import { unwrapSession, wrapSession, type SessionData } from '@logto/node';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { alice, launchBrowser, sessionCookie, signInThroughProvider, signOut } from './helpers/browser.ts';
import { startIdp, type Idp } from './helpers/idp.ts';
import { decodePayload } from './helpers/oidc-flow.ts';
import { freePort } from '../../tools/lib/processes.ts';
import { assertStoredSession, startRedis, type Redis } from './helpers/redis.ts';
import {
  appRouterSample,
  cookieSecret,
  ensureSampleBuild,
  pagesRouterSample,
  reserveSamplePort,
  startSample,
  type Sample,
  type SampleApp,
} from './helpers/sample.ts';

const samples: Array<{ label: string; app: SampleApp; pages: boolean }> = [
  { label: 'App Router', app: appRouterSample, pages: false },
  { label: 'Pages Router', app: pagesRouterSample, pages: true },
];

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Whether the sample answers as signed in to a request carrying `cookie`, over plain HTTP; fails after `withinMs`. */
async function signedInOverHttp(sample: Sample, pages: boolean, cookie: string, withinMs = 3000): Promise<boolean> {
  const response = await fetch(`${sample.baseUrl}${pages ? '/api/logto/user' : '/'}`, {
    headers: { cookie },
    signal: AbortSignal.timeout(withinMs),
  });
  assert.equal(response.status, 200);
  if (pages) return ((await response.json()) as { isAuthenticated: boolean }).isAuthenticated;
  const html = await response.text();
  assert.ok(html.includes('Hello,') || html.includes('You are not signed in.'), 'the home page renders');
  return html.includes('Hello,');
}

/** An ID token with the same claims but `exp` in the past (the samples read, not verify, a stored token). */
function expired(idToken: string): string {
  const [header, , signature] = idToken.split('.');
  const payload = { ...decodePayload(idToken), exp: 946_684_800 }; // 2000-01-01
  return `${header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
}

for (const { label, app, pages } of samples) {
  describe(`${label} sample`, () => {
    let idp: Idp;
    let redis: Redis;
    let browser: Browser;
    let port: number;
    let baseUrl: string;

    before(async () => {
      await ensureSampleBuild(app);
      ({ port, baseUrl } = await reserveSamplePort());
      idp = await startIdp({ baseUrls: { [app.entry.name]: baseUrl } });
      redis = await startRedis();
      browser = await launchBrowser();
    });

    after(async () => {
      await browser?.close();
      await idp?.stop();
      await redis?.stop();
    });

    for (const store of ['cookie', 'redis'] as const) {
      describe(`sessions in the ${store === 'cookie' ? 'encrypted cookie' : 'Redis store'}`, () => {
        let sample: Sample;
        let context: BrowserContext;
        let page: Page;
        const name = app.sessionCookieName;

        before(async () => {
          sample = await startSample({ idpEndpoint: idp.endpoint, port, redisUrl: store === 'redis' ? redis.url : undefined, app });
        });

        after(async () => {
          await context?.close();
          await sample?.stop();
        });

        async function freshPage(): Promise<Page> {
          await context?.close();
          context = await browser.newContext();
          page = await context.newPage();
          return page;
        }

        async function readSession(value: string): Promise<SessionData> {
          if (store === 'redis') return JSON.parse((await redis.client.get(`logto:session:${value}`)) ?? '{}') as SessionData;
          return unwrapSession(decodeURIComponent(value), cookieSecret);
        }

        async function writeSession(value: string, session: SessionData): Promise<void> {
          if (store === 'redis') {
            await redis.client.set(`logto:session:${value}`, JSON.stringify(session), { EX: 3600 });
            return;
          }
          const wrapped = encodeURIComponent(await wrapSession(session, cookieSecret));
          await context.addCookies([{ name, value: wrapped, url: baseUrl, httpOnly: true, sameSite: 'Lax' }]);
        }

        test('a session id planted before sign-in is replaced, and never reaches Redis as a key', async () => {
          await freshPage();
          const planted = randomUUID();
          // The attacker's own pending session, as if they had opened the sign-in page themselves.
          if (store === 'redis') await redis.client.set(`logto:session:${planted}`, '{}', { EX: 600 });
          await context.addCookies([{ name, value: planted, url: baseUrl }]);

          await signInThroughProvider(page, baseUrl);
          const cookie = await sessionCookie(context, baseUrl, name);
          assert.notEqual(cookie.value, planted, 'the planted value is gone from the cookie');
          if (store === 'redis') {
            await assertStoredSession(redis, cookie.value);
            assert.equal(await redis.client.exists(`logto:session:${planted}`), 0, 'nothing is stored under the planted id');
          }
        });

        test('a garbage or oversized cookie value is ignored: signed out, and no Redis key made of it', async () => {
          const before = new Set(await redis.client.keys('*'));
          for (const value of ['x'.repeat(8000), 'a%0D%0ASet-Cookie:%20evil=1', '../../etc/passwd', randomUUID()]) {
            assert.equal(await signedInOverHttp(sample, pages, `${name}=${value}`), false, `signed out with ${value.slice(0, 20)}…`);
          }
          // Reading a page writes nothing: no key appears, with or without these values.
          const added = (await redis.client.keys('*')).filter((key) => !before.has(key));
          assert.deepEqual(added, []);
        });

        test('an ID token that has expired means signed out', async () => {
          const cookie = await sessionCookie(context, baseUrl, name);
          const session = await readSession(cookie.value);
          assert.ok(session.idToken, 'the session holds an ID token');
          assert.equal(await signedInOverHttp(sample, pages, `${name}=${cookie.value}`), true, 'signed in with the real token');

          await writeSession(cookie.value, { ...session, idToken: expired(session.idToken) });
          const replaced = await sessionCookie(context, baseUrl, name);
          assert.equal(await signedInOverHttp(sample, pages, `${name}=${replaced.value}`), false, 'signed out with exp in 2000');
          await page.goto(`${baseUrl}/`);
          await page.getByText('You are not signed in.').waitFor();
        });

        test('a session Logto has ended sends /profile to a clean signed-out page, not a 500', async () => {
          await freshPage();
          await signInThroughProvider(page, baseUrl);
          const saved = (await sessionCookie(context, baseUrl, name)).value;
          const session = await readSession(saved);
          // Sign out in the browser: the refresh token is revoked at the provider, the Redis key deleted.
          await signOut(page, baseUrl);
          if (store === 'redis') {
            assert.equal(await redis.client.exists(`logto:session:${saved}`), 0);
            // Put the old session back, as if it had been copied elsewhere: only Logto can refuse it now.
            await redis.client.set(`logto:session:${saved}`, JSON.stringify(session), { EX: 3600 });
          }

          // Replay the cookie saved before sign-out in a fresh browser.
          await freshPage();
          await context.addCookies([{ name, value: saved, url: baseUrl, httpOnly: true, sameSite: 'Lax' }]);
          const response = await page.goto(`${baseUrl}/profile`);
          assert.equal(response?.status(), 200);
          assert.equal(new URL(page.url()).pathname, '/', 'redirected home');
          await page.getByText('You are not signed in.').waitFor();
          // The session is forgotten, so every page agrees.
          const after = (await context.cookies(baseUrl)).find((item) => item.name === name)?.value ?? '';
          assert.equal(await signedInOverHttp(sample, pages, `${name}=${after}`), false);
          if (store === 'redis') assert.equal(await redis.client.exists(`logto:session:${saved}`), 0, 'the key is deleted');
        });

        test('signing out leaves no session id in the cookie', async () => {
          await freshPage();
          await signInThroughProvider(page, baseUrl);
          const id = (await sessionCookie(context, baseUrl, name)).value;
          await signOut(page, baseUrl);
          const after = (await context.cookies(baseUrl)).find((item) => item.name === name)?.value ?? '';
          assert.notEqual(after, id);
          if (store === 'redis') {
            assert.equal(after, '', 'the cookie holds no id');
            assert.equal(await redis.client.exists(`logto:session:${id}`), 0, 'the key is deleted');
          }
        });

        if (pages) {
          test('a cross-site link to sign-out or sign-in is refused, and the session stays', async () => {
            await freshPage();
            await signInThroughProvider(page, baseUrl);
            const id = (await sessionCookie(context, baseUrl, name)).value;
            // Another site (another port is another origin) links to the sample's auth routes.
            const attacker: Server = createServer((_, response) => {
              response.writeHead(200, { 'content-type': 'text/html' });
              response.end(`<a href="${baseUrl}/api/logto/sign-out">out</a> <a href="${baseUrl}/api/logto/sign-in">in</a>`);
            });
            await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
            try {
              const origin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
              for (const link of ['out', 'in']) {
                await page.goto(`${origin}/`);
                const [response] = await Promise.all([page.waitForEvent('response', (r) => r.url().includes('/api/logto/')), page.getByText(link, { exact: true }).click()]);
                assert.equal(response.status(), 403, `sign-${link} from another site is refused`);
                assert.match(response.headers()['content-type'] ?? '', /^text\/plain/);
              }
            } finally {
              attacker.close();
            }
            assert.equal((await sessionCookie(context, baseUrl, name)).value, id, 'the session cookie is untouched');
            await page.goto(`${baseUrl}/`);
            await page.getByText(`Hello, ${alice.name}!`).waitFor();
          });
        }

        if (store === 'cookie') {
          test('a cookie past 3.5 KB makes the sample log a warning', async () => {
            await freshPage();
            await signInThroughProvider(page, baseUrl);
            // An API token and an organization token more in the cookie.
            assert.equal((await page.request.get(`${baseUrl}/api/products`)).status(), 200);
            assert.equal((await page.request.get(`${baseUrl}/api/organization-token`)).status(), 200);
            const size = (await sessionCookie(context, baseUrl, name)).value.length;
            assert.ok(size > 3584, `the cookie is ${size} characters`);
            assert.match(sample.output(), new RegExp(`The session cookie ${name} is \\d+ bytes; browsers drop cookies past 4096 bytes`));
          });
        }

        if (store === 'redis') {
          test('Redis stopped mid-run: a signed-out page within 3 s, and a sign-in answers 503', async () => {
            await freshPage();
            await signInThroughProvider(page, baseUrl);
            const id = (await sessionCookie(context, baseUrl, name)).value;
            assert.match(id, uuid);
            await redis.stop();

            // signedInOverHttp aborts after 3 s: a hang fails the test.
            assert.equal(await signedInOverHttp(sample, pages, `${name}=${id}`), false);
            await page.goto(`${baseUrl}/`, { timeout: 3000 });
            await page.getByText('You are not signed in.').waitFor({ timeout: 3000 });

            const unavailable = page.waitForResponse((response) => response.status() === 503);
            await page.getByRole('button', { name: 'Sign in' }).or(page.getByRole('link', { name: 'Sign in' })).click();
            const response = await unavailable;
            assert.match(response.headers()['content-type'] ?? '', /^text\/plain/);
            await page.getByText(/Sign-in is unavailable: the session store \(Redis\) does not answer/).waitFor();
            assert.match(sample.output(), /Redis session storage at redis:\/\/127\.0\.0\.1:\d+ is unreachable/);
          });
        }
      });
    }

    test('REDIS_URL at a port where nothing listens: signed-out pages within 3 s, a 503 sign-in, no hang', async () => {
      const sample = await startSample({ idpEndpoint: idp.endpoint, port, redisUrl: `redis://127.0.0.1:${await freePort()}`, app });
      const context = await browser.newContext();
      try {
        // The first request also loads the route's code (a few seconds on a busy machine); then 3 s each.
        for (const withinMs of [15_000, 3000, 3000]) {
          assert.equal(await signedInOverHttp(sample, pages, `${app.sessionCookieName}=${randomUUID()}`, withinMs), false);
        }
        const page = await context.newPage();
        await page.goto(`${baseUrl}/`, { timeout: 3000 });
        const unavailable = page.waitForResponse((response) => response.status() === 503);
        await page.getByRole('button', { name: 'Sign in' }).or(page.getByRole('link', { name: 'Sign in' })).click();
        await unavailable;
        await page.getByText(/Sign-in is unavailable/).waitFor();
        assert.match(sample.output(), /Redis session storage at redis:\/\/127\.0\.0\.1:\d+ is unreachable: connect ECONNREFUSED/);
      } finally {
        await context.close();
        await sample.stop();
      }
    });
  });
}

describe('security headers', () => {
  let idp: Idp;
  const running: Sample[] = [];

  before(async () => {
    const app = await reserveSamplePort();
    const pages = await reserveSamplePort();
    idp = await startIdp({ baseUrls: { app: app.baseUrl, pages: pages.baseUrl } });
    running.push(await startSample({ idpEndpoint: idp.endpoint, port: app.port, app: appRouterSample }));
    running.push(await startSample({ idpEndpoint: idp.endpoint, port: pages.port, app: pagesRouterSample }));
  });

  after(async () => {
    for (const sample of running) await sample.stop();
    await idp?.stop();
  });

  function assertFramingHeaders(response: Response, what: string): void {
    assert.equal(response.headers.get('x-frame-options'), 'DENY', `${what}: X-Frame-Options`);
    assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, `${what}: frame-ancestors`);
  }

  for (const [index, { label, pages }] of samples.entries()) {
    test(`${label}: pages, APIs and errors carry the headers; personal data is not cached`, async () => {
      const { baseUrl } = running[index]!;
      const paths = pages
        ? ['/', '/api/logto/user', '/api/products', '/api/organization-token', '/api/logto/sign-in-callback?code=x&state=y', '/no-such-page']
        : ['/', '/api/products', '/api/organization-token', '/callback?code=x&state=y', '/no-such-page'];
      for (const path of paths) {
        const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
        const what = `${path} (${response.status})`;
        assertFramingHeaders(response, what);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff', `${what}: nosniff`);
        assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', `${what}: Referrer-Policy`);
        assert.equal(response.headers.get('x-powered-by'), null, `${what}: no X-Powered-By`);
        if (path.startsWith('/api/')) assert.match(response.headers.get('cache-control') ?? '', /no-store/, `${what}: Cache-Control`);
        if (response.status >= 400) assert.ok(response.headers.get('content-type'), `${what}: an error body has a Content-Type`);
        await response.arrayBuffer();
      }
    });
  }

  test('the protected APIs accept the bearer scheme in any case (RFC 7235)', async () => {
    for (const [index, { pages }] of samples.entries()) {
      const url = `${running[index]!.baseUrl}${pages ? '/api/shopping-api/products' : '/shopping-api/products'}`;
      // Not a valid token: the scheme is accepted, so the token itself is what is rejected.
      for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
        const response = await fetch(url, { headers: { authorization: `${scheme} not-a-jwt` } });
        assert.equal(response.status, 401);
        assert.match(String(((await response.json()) as { error_description: string }).error_description), /access token was rejected/, `${scheme} is read as Bearer`);
      }
      const basic = await fetch(url, { headers: { authorization: 'Basic abc' } });
      assert.match(String(((await basic.json()) as { error_description: string }).error_description), /A Bearer access token is required/);
    }
  });

  test('the provider frames none of its pages: sign-in, errors, end-session', async () => {
    const paths = ['/oidc/auth?client_id=nobody', '/oidc/session/end', '/oidc/no-such-route', '/nothing'];
    for (const path of paths) {
      const response = await fetch(`${idp.endpoint}${path}`, { redirect: 'manual' });
      assertFramingHeaders(response, `provider ${path} (${response.status})`);
      await response.arrayBuffer();
    }
  });
});
