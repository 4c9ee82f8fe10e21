/**
 * The whole flow a reader of a guide goes through, for every sample of the
 * registry (samples/registry.ts), in a real browser against the local identity
 * provider, with sessions in the encrypted cookie: sign-in, the ID token
 * claims, user info, the protected API with an access token and its refresh,
 * organization tokens and sign-out. A few checks belong to one router's
 * features (the App Router's server components, the Pages Router's API routes
 * and Edge route); they follow, by sample name.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { alice, sessionCookie, signInThroughProvider, signOut } from './helpers/browser.ts';
import { HttpClient } from './helpers/http-client.ts';
import type { Idp } from './helpers/idp.ts';
import { runCodeFlow, tokenRequest } from './helpers/oidc-flow.ts';
import { apiResource, sampleApps, type Sample, type SampleApp } from './helpers/sample.ts';
import { startStack, stopStack } from './helpers/stack.ts';

const accessTokenTtl = 4;
const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

interface Running {
  idp: Idp;
  sample: Sample;
  context: BrowserContext;
  page: Page;
}

/** Checks of what only one sample has, by registry name; each runs after the shared check it extends. */
const extras: Record<string, Partial<Record<'afterSignIn' | 'afterProducts' | 'afterRefresh' | 'beforeSignOut', (running: Running, app: SampleApp) => Promise<void>>>> = {
  app: {
    async afterProducts({ page, sample }) {
      // The products page is a server component that gets its own access token.
      await page.goto(`${sample.baseUrl}/products`);
      await page.getByText(/Rendered on the server: Looking-glass/).waitFor();
    },
    async afterRefresh({ page, sample }) {
      // The server component refreshes too (without saving) and still renders.
      await sleep(accessTokenTtl + 1);
      await page.goto(`${sample.baseUrl}/products`);
      await page.getByText(/Rendered on the server: Looking-glass/).waitFor();
    },
  },
  pages: {
    async afterSignIn({ idp, page, sample }) {
      // A callback with a forged state, in another cookie jar, creates no session and answers 400 with the reason
      // (the App Router sample's callback is checked in security.test.ts).
      const client = new HttpClient();
      // Start a sign-in (the SDK stores its state in the cookie) but stop at the provider.
      await client.request(`${sample.baseUrl}/api/logto/sign-in`, {}, idp.endpoint);
      const callback = await client.request(`${sample.baseUrl}/api/logto/sign-in-callback?code=stolen&state=forged`);
      assert.equal(callback.response.status, 400);
      assert.match(callback.body, /^sign-in-callback failed: /);
      assert.deepEqual(JSON.parse((await client.request(`${sample.baseUrl}/api/logto/user`)).body), { isAuthenticated: false });

      // The home page reads the claims on the client, from the SDK's user route.
      const user = await page.request.get(`${sample.baseUrl}/api/logto/user`);
      const body = (await user.json()) as { isAuthenticated: boolean; claims: { sub: string } };
      assert.equal(body.isAuthenticated, true);
      assert.equal(body.claims.sub, 'user-alice');
    },
    async afterRefresh({ idp, page, sample }) {
      // getAccessToken saved the refreshed token in the cookie: another call needs no new token.
      const issued = idp.issuedTokens(apiResource);
      await page.request.get(`${sample.baseUrl}/api/products`);
      assert.equal(idp.issuedTokens(apiResource), issued, 'no second refresh');
    },
    async beforeSignOut({ page, sample }) {
      const response = await page.request.get(`${sample.baseUrl}/api/edge/user`);
      assert.equal(response.status(), 200);
      assert.deepEqual(await response.json(), { runtime: 'edge', isAuthenticated: true, userId: 'user-alice' });
    },
  },
};

for (const app of sampleApps) {
  describe(app.entry.title, () => {
    let running: Running;
    let browser: Browser;
    const extra = extras[app.entry.name] ?? {};

    before(async () => {
      const stack = await startStack({ app, accessTokenTtl });
      ({ browser } = stack);
      running = stack;
    });

    after(async () => {
      await stopStack({ ...running, browser });
    });

    test('signs in through the provider pages and shows the ID token claims; the session cookie is HttpOnly', async () => {
      const { page, context, sample } = running;
      await signInThroughProvider(page, sample.baseUrl);
      const claimsTable = page.locator('table');
      await claimsTable.getByText(alice.email).waitFor();
      assert.match(await claimsTable.innerText(), /org-wonderland/);
      const cookie = await sessionCookie(context, sample.baseUrl, app.sessionCookieName);
      assert.equal(cookie.httpOnly, true, 'scripts cannot read the session cookie');
      await extra.afterSignIn?.(running, app);
    });

    test('renders the profile on the server with user info from the userinfo endpoint', async () => {
      const { page, sample } = running;
      // A plain request runs no JavaScript: the data must be in the server-rendered HTML.
      const html = await (await page.request.get(`${sample.baseUrl}/profile`)).text();
      assert.match(html, /alice@example\.com/);
      assert.match(html, /Through the Looking-Glass/);
      await page.goto(`${sample.baseUrl}/profile`);
      await page.getByText(alice.email).waitFor();
    });

    test('calls the protected API with an access token, and it refuses a call without one', async () => {
      const { page, sample } = running;
      await page.goto(`${sample.baseUrl}/products`);
      await page.getByRole('button', { name: 'Load products' }).click();
      await page.getByRole('listitem').filter({ hasText: 'Pocket watch' }).waitFor();

      const withoutToken = await fetch(`${sample.baseUrl}${app.entry.protectedApiPath}`);
      assert.equal(withoutToken.status, 401);
      assert.match(withoutToken.headers.get('www-authenticate') ?? '', /invalid_token/);
      const withForgedToken = await fetch(`${sample.baseUrl}${app.entry.protectedApiPath}`, {
        headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
      });
      assert.equal(withForgedToken.status, 401);
      await extra.afterProducts?.(running, app);
    });

    test('the protected API answers 403 without the read:products scope, 401 to an expired or foreign token', async () => {
      const { idp, sample } = running;
      const callApi = async (token: string) =>
        (await fetch(`${sample.baseUrl}${app.entry.protectedApiPath}`, { headers: { authorization: `Bearer ${token}` } })).status;

      // Consent to write:products only: a valid token for the API, but without read:products.
      const withoutRead = await runCodeFlow({
        idpEndpoint: idp.endpoint,
        sampleBaseUrl: sample.baseUrl,
        user: alice,
        scope: 'openid offline_access write:products',
        resources: [apiResource],
        app,
      });
      const refreshToken = String(withoutRead.body.refresh_token);
      const writeOnly = await tokenRequest(idp.endpoint, { grant_type: 'refresh_token', refresh_token: refreshToken, resource: apiResource }, app);
      assert.equal(writeOnly.body.scope, 'write:products');
      assert.equal(await callApi(String(writeOnly.body.access_token)), 403);

      // The ID token is a JWT from the same issuer, but for another audience.
      assert.equal(await callApi(String(withoutRead.body.id_token)), 401);

      await sleep(accessTokenTtl + 2);
      assert.equal(await callApi(String(writeOnly.body.access_token)), 401, 'an expired token is refused');
    });

    test('getAccessToken refreshes an expired access token', async () => {
      const { idp, page, sample } = running;
      await page.goto(`${sample.baseUrl}/products`);
      const issuedBefore = idp.issuedTokens(apiResource);
      await sleep(accessTokenTtl + 1);
      const response = await page.request.get(`${sample.baseUrl}/api/products`);
      assert.equal(response.status(), 200);
      assert.equal(((await response.json()) as { products: unknown[] }).products.length, 2);
      assert.ok(idp.issuedTokens(apiResource) > issuedBefore, 'a new access token was issued by a refresh');
      await extra.afterRefresh?.(running, app);
    });

    test('gets an organization token for the user organization', async () => {
      const { page, sample } = running;
      await page.goto(`${sample.baseUrl}/organizations`);
      await page.getByText('urn:logto:organization:org-wonderland').first().waitFor();

      const response = await page.request.get(`${sample.baseUrl}/api/organization-token`);
      assert.equal(response.status(), 200);
      const body = (await response.json()) as { organizationId: string; audience: string };
      assert.equal(body.organizationId, 'org-wonderland');
      assert.equal(body.audience, 'urn:logto:organization:org-wonderland');
    });

    test('signs out and the session is gone, at the provider too', async () => {
      const { page, sample } = running;
      await extra.beforeSignOut?.(running, app);
      await signOut(page, sample.baseUrl);
      assert.equal((await page.request.get(`${sample.baseUrl}/api/products`)).status(), 401);
      assert.equal((await page.request.get(`${sample.baseUrl}/api/organization-token`)).status(), 401);
      await page.goto(`${sample.baseUrl}/profile`);
      await page.waitForURL(`${sample.baseUrl}/`);

      // The provider's session ended too: signing in again asks for the password.
      await page.getByRole('button', { name: 'Sign in' }).or(page.getByRole('link', { name: 'Sign in' })).click();
      await page.getByLabel('Password').waitFor();
    });
  });
}
