/**
 * Security properties a reader relies on: the session cookie's flags, the
 * callback's state check, protected pages for signed-out visitors, and no token
 * or secret within reach of the browser's JavaScript.
 */
import { unwrapSession, type SessionData } from '@logto/node';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, sessionCookie, signInThroughProvider } from './helpers/browser.ts';
import { startIdp, type Idp } from './helpers/idp.ts';
import { appSecret, cookieSecret, ensureSampleBuild, reserveSamplePort, sessionCookieName, startSample, type Sample } from './helpers/sample.ts';

/** Decrypts the session cookie the way the SDK does (Next.js URL-encodes cookie values). */
async function readSession(value: string | undefined): Promise<SessionData> {
  return value ? unwrapSession(decodeURIComponent(value), cookieSecret) : {};
}

let idp: Idp;
let sample: Sample;
let browser: Browser;

before(async () => {
  await ensureSampleBuild();
  const { port, baseUrl } = await reserveSamplePort();
  idp = await startIdp({ baseUrls: { app: baseUrl } });
  sample = await startSample({ idpEndpoint: idp.endpoint, port });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await sample?.stop();
  await idp?.stop();
});

test('the session cookie is HttpOnly, SameSite=Lax, and Secure in production mode (next start)', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughProvider(page, sample.baseUrl);
  const cookie = await sessionCookie(context, sample.baseUrl, sessionCookieName);
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Lax');
  assert.equal(cookie.secure, true);
  await context.close();
});

for (const [label, query] of [
  ['a forged state', 'code=stolen-code&state=forged-state'],
  ['no state', 'code=stolen-code'],
] as const) {
  test(`a callback with ${label} creates no session and shows an error`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Start a real sign-in, so a genuine sign-in session (and state) exists in the cookie.
    await page.goto(`${sample.baseUrl}/`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Password').waitFor();

    const response = await page.goto(`${sample.baseUrl}/callback?${query}`);
    assert.ok(response && response.status() >= 400, `the callback answers with an error status, got ${response?.status()}`);
    await page.getByText(/Sign-in failed/).waitFor();
    assert.doesNotMatch(await page.content(), /Hello,/);

    await page.goto(`${sample.baseUrl}/`);
    await page.getByText('You are not signed in.').waitFor();
    const cookie = (await context.cookies(sample.baseUrl)).find((item) => item.name === sessionCookieName);
    const session = await readSession(cookie?.value);
    assert.ok(session.signInSession, 'the cookie still decrypts to the pending sign-in');
    assert.equal(session.idToken, undefined, 'no ID token was stored');
    assert.equal(session.refreshToken, undefined, 'no refresh token was stored');
    await context.close();
  });
}

test('signed-out requests to protected pages are redirected home', async () => {
  for (const path of ['/profile', '/products', '/organizations']) {
    const response = await fetch(`${sample.baseUrl}${path}`, { redirect: 'manual' });
    assert.ok([303, 307].includes(response.status), `${path} answers ${response.status}`);
    assert.equal(new URL(response.headers.get('location')!, sample.baseUrl).pathname, '/', `${path} redirects to /`);
  }
  for (const path of ['/api/products', '/api/organization-token']) {
    const response = await fetch(`${sample.baseUrl}${path}`);
    assert.equal(response.status, 401, `${path} refuses signed-out requests`);
  }
});

test('no token or secret reaches the browser JavaScript', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Every response of the sample the browser receives: HTML, RSC payloads, scripts, server action results.
  const bodies: Array<Promise<string>> = [];
  page.on('response', (response) => {
    if (response.url().startsWith(sample.baseUrl)) bodies.push(response.text().catch(() => ''));
  });

  await signInThroughProvider(page, sample.baseUrl);
  await page.goto(`${sample.baseUrl}/profile`);
  await page.goto(`${sample.baseUrl}/organizations`);
  await page.getByText('urn:logto:organization:org-wonderland').first().waitFor();
  await page.goto(`${sample.baseUrl}/products`);
  await page.getByRole('button', { name: 'Load products' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Pocket watch' }).waitFor();
  await page.goto(`${sample.baseUrl}/`);

  assert.equal(await page.evaluate(() => document.cookie), '', 'document.cookie shows nothing');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0, 'web storage is empty');

  const cookie = (await context.cookies(sample.baseUrl)).find((item) => item.name === sessionCookieName);
  const session = await readSession(cookie?.value);
  const accessTokens = Object.values(JSON.parse(session.accessToken ?? '{}') as Record<string, { token: string }>).map((entry) => entry.token);
  const secrets = [session.idToken, session.refreshToken, ...accessTokens, appSecret, cookieSecret].filter(Boolean) as string[];
  assert.ok(accessTokens.length >= 2, 'the session holds API and organization tokens to look for');

  const seen = (await Promise.all(bodies)).join('\n');
  assert.match(seen, /Pocket watch/, 'the captured responses include the pages and the server action result');
  for (const secret of secrets) assert.ok(!seen.includes(secret), `a token or secret (${secret.slice(0, 12)}…) appeared in a response`);
  await context.close();
});
