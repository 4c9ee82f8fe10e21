/**
 * The Pages Router guide's flow in a real browser against the local identity
 * provider, with sessions in the encrypted cookie: sign-in, the user route read
 * on the client, server-side rendering, API routes, the protected API,
 * organization tokens, the Edge route and sign-out, and a forged callback.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { alice, sessionCookie, signInThroughProvider, signOut } from './helpers/browser.js';
import { HttpClient } from './helpers/http-client.js';
import type { Idp } from './helpers/idp.js';
import { apiResource, pagesRouterSample, type Sample } from './helpers/sample.js';
import { startStack, stopStack } from './helpers/stack.js';

const accessTokenTtl = 4;
let idp: Idp;
let sample: Sample;
let browser: Browser;
let context: BrowserContext;
let page: Page;

before(async () => {
  ({ idp, sample, browser, context, page } = await startStack({ app: pagesRouterSample, accessTokenTtl }));
});

after(async () => {
  await stopStack({ idp, sample, browser, context, page });
});

test('a callback with a forged state creates no session and answers 400 with the reason', async () => {
  const client = new HttpClient();
  // Start a sign-in (the SDK stores its state in the cookie) but stop at the provider.
  await client.request(`${sample.baseUrl}/api/logto/sign-in`, {}, idp.endpoint);
  const callback = await client.request(`${sample.baseUrl}/api/logto/sign-in-callback?code=stolen&state=forged`);
  assert.equal(callback.response.status, 400);
  assert.match(callback.body, /^sign-in-callback failed: /);
  const user = await client.request(`${sample.baseUrl}/api/logto/user`);
  assert.deepEqual(JSON.parse(user.body), { isAuthenticated: false });
});

test('signs in through the provider pages; the home page shows the claims from /api/logto/user', async () => {
  await signInThroughProvider(page, sample.baseUrl);
  const claimsTable = page.locator('table');
  await claimsTable.getByText(alice.email).waitFor();
  assert.match(await claimsTable.innerText(), /org-wonderland/);

  const cookie = await sessionCookie(context, sample.baseUrl, pagesRouterSample.sessionCookieName);
  assert.equal(cookie.httpOnly, true, 'scripts cannot read the session cookie');

  const user = await page.request.get(`${sample.baseUrl}/api/logto/user`);
  const body = (await user.json()) as { isAuthenticated: boolean; claims: { sub: string } };
  assert.equal(body.isAuthenticated, true);
  assert.equal(body.claims.sub, 'user-alice');
});

test('renders the profile on the server with user info from the userinfo endpoint (withLogtoSsr)', async () => {
  // A plain request runs no JavaScript: the data must be in the server-rendered HTML.
  const html = await (await page.request.get(`${sample.baseUrl}/profile`)).text();
  assert.match(html, /alice@example\.com/);
  assert.match(html, /Through the Looking-Glass/);
  await page.goto(`${sample.baseUrl}/profile`);
  await page.getByText(alice.email).waitFor();
});

test('an API route gets an access token and calls the protected API; the API refuses a call without one', async () => {
  await page.goto(`${sample.baseUrl}/products`);
  await page.getByRole('button', { name: 'Load products' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Pocket watch' }).waitFor();

  const withoutToken = await fetch(`${sample.baseUrl}/api/shopping-api/products`);
  assert.equal(withoutToken.status, 401);
  assert.match(withoutToken.headers.get('www-authenticate') ?? '', /invalid_token/);
  const withForgedToken = await fetch(`${sample.baseUrl}/api/shopping-api/products`, {
    headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
  });
  assert.equal(withForgedToken.status, 401);
});

test('getAccessToken refreshes an expired access token and saves it', async () => {
  const issuedBefore = idp.issuedTokens(apiResource);
  await new Promise((resolve) => setTimeout(resolve, (accessTokenTtl + 1) * 1000));
  const response = await page.request.get(`${sample.baseUrl}/api/products`);
  assert.equal(response.status(), 200);
  assert.equal(((await response.json()) as { products: unknown[] }).products.length, 2);
  assert.equal(idp.issuedTokens(apiResource), issuedBefore + 1, 'one refresh');

  // The refreshed token was written to the cookie: a second call needs no new token.
  await page.request.get(`${sample.baseUrl}/api/products`);
  assert.equal(idp.issuedTokens(apiResource), issuedBefore + 1, 'no second refresh');
});

test('gets an organization token for the user organization', async () => {
  await page.goto(`${sample.baseUrl}/organizations`);
  await page.getByText('urn:logto:organization:org-wonderland').waitFor();

  const response = await page.request.get(`${sample.baseUrl}/api/organization-token`);
  assert.equal(response.status(), 200);
  const body = (await response.json()) as { organizationId: string; audience: string };
  assert.equal(body.organizationId, 'org-wonderland');
  assert.equal(body.audience, 'urn:logto:organization:org-wonderland');
});

test('the Edge runtime route reads the same session cookie', async () => {
  const response = await page.request.get(`${sample.baseUrl}/api/edge/user`);
  assert.equal(response.status(), 200);
  assert.deepEqual(await response.json(), { runtime: 'edge', isAuthenticated: true, userId: 'user-alice' });
});

test('signs out and the session is gone', async () => {
  await signOut(page, sample.baseUrl);
  assert.equal((await page.request.get(`${sample.baseUrl}/api/products`)).status(), 401);
  assert.equal((await page.request.get(`${sample.baseUrl}/api/organization-token`)).status(), 401);
  const edge = (await (await page.request.get(`${sample.baseUrl}/api/edge/user`)).json()) as { isAuthenticated: boolean };
  assert.equal(edge.isAuthenticated, false);
  await page.goto(`${sample.baseUrl}/profile`);
  await page.waitForURL(`${sample.baseUrl}/`);

  // The provider's session ended too: signing in again asks for the password.
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Password').waitFor();
});
