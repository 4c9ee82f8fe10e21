/**
 * The whole flow a reader of the guide goes through, in a real browser against
 * the local identity provider, with sessions in the encrypted cookie.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { alice, sessionCookie, signInThroughProvider, signOut } from './helpers/browser.js';
import type { Idp } from './helpers/idp.js';
import { runCodeFlow, tokenRequest } from './helpers/oidc-flow.js';
import { apiResource, sessionCookieName, type Sample } from './helpers/sample.js';
import { startStack, stopStack } from './helpers/stack.js';

const accessTokenTtl = 4;
let idp: Idp;
let sample: Sample;
let browser: Browser;
let context: BrowserContext;
let page: Page;

before(async () => {
  ({ idp, sample, browser, context, page } = await startStack({ accessTokenTtl }));
});

after(async () => {
  await stopStack({ idp, sample, browser, context, page });
});

test('signs in through the provider pages and shows the ID token claims', async () => {
  await signInThroughProvider(page, sample.baseUrl);
  const claimsTable = page.locator('table');
  await assert.doesNotReject(claimsTable.getByText(alice.email).waitFor());
  assert.match(await claimsTable.innerText(), /org-wonderland/);
  await sessionCookie(context, sample.baseUrl, sessionCookieName);
});

test('shows user info fetched from the userinfo endpoint', async () => {
  await page.goto(`${sample.baseUrl}/profile`);
  await page.getByText(alice.email).waitFor();
  assert.match(await page.locator('main').innerText(), /Through the Looking-Glass/);
});

test('calls the protected API with an access token, and it refuses a call without one', async () => {
  await page.goto(`${sample.baseUrl}/products`);
  await page.getByText(/Rendered on the server: Looking-glass/).waitFor();
  await page.getByRole('button', { name: 'Load products' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Pocket watch' }).waitFor();

  const withoutToken = await fetch(`${sample.baseUrl}/shopping-api/products`);
  assert.equal(withoutToken.status, 401);
  const withForgedToken = await fetch(`${sample.baseUrl}/shopping-api/products`, {
    headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
  });
  assert.equal(withForgedToken.status, 401);
});

test('the protected API answers 403 without the read:products scope, 401 to an expired or foreign token', async () => {
  const callApi = async (token: string) =>
    (await fetch(`${sample.baseUrl}/shopping-api/products`, { headers: { authorization: `Bearer ${token}` } })).status;

  // Consent to write:products only: a valid token for the API, but without read:products.
  const withoutRead = await runCodeFlow({
    idpEndpoint: idp.endpoint,
    sampleBaseUrl: sample.baseUrl,
    user: alice,
    scope: 'openid offline_access write:products',
    resources: [apiResource],
  });
  const refreshToken = String(withoutRead.body.refresh_token);
  const writeOnly = await tokenRequest(idp.endpoint, { grant_type: 'refresh_token', refresh_token: refreshToken, resource: apiResource });
  assert.equal(writeOnly.body.scope, 'write:products');
  assert.equal(await callApi(String(writeOnly.body.access_token)), 403);

  // The ID token is a JWT from the same issuer, but for another audience.
  assert.equal(await callApi(String(withoutRead.body.id_token)), 401);

  await new Promise((resolve) => setTimeout(resolve, (accessTokenTtl + 2) * 1000));
  assert.equal(await callApi(String(writeOnly.body.access_token)), 401, 'an expired token is refused');
});

test('refreshes the access token after it expires', async () => {
  await page.goto(`${sample.baseUrl}/products`);
  const issuedBefore = idp.issuedTokens(apiResource);
  await new Promise((resolve) => setTimeout(resolve, (accessTokenTtl + 1) * 1000));

  // The route handler uses getAccessToken: it refreshes and saves the new token.
  const response = await page.request.get(`${sample.baseUrl}/api/products`);
  assert.equal(response.status(), 200);
  assert.equal(((await response.json()) as { products: unknown[] }).products.length, 2);
  assert.ok(idp.issuedTokens(apiResource) > issuedBefore, 'a new access token was issued by a refresh');

  // The server component refreshes too (without saving) and still renders.
  await new Promise((resolve) => setTimeout(resolve, (accessTokenTtl + 1) * 1000));
  await page.goto(`${sample.baseUrl}/products`);
  await page.getByText(/Rendered on the server: Looking-glass/).waitFor();
});

test('gets an organization token for the user organization', async () => {
  await page.goto(`${sample.baseUrl}/organizations`);
  await page.getByText('urn:logto:organization:org-wonderland').first().waitFor();

  const response = await page.request.get(`${sample.baseUrl}/api/organization-token`);
  assert.equal(response.status(), 200);
  const body = (await response.json()) as { organizationId: string; audience: string };
  assert.equal(body.organizationId, 'org-wonderland');
  assert.equal(body.audience, 'urn:logto:organization:org-wonderland');
});

test('signs out and the session is gone', async () => {
  await signOut(page, sample.baseUrl);
  await page.goto(`${sample.baseUrl}/profile`);
  await page.waitForURL(`${sample.baseUrl}/`);
  const response = await page.request.get(`${sample.baseUrl}/api/products`);
  assert.equal(response.status(), 401);

  // The provider's session ended too: signing in again asks for the password.
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Password').waitFor();
});
