/**
 * The local identity provider at the protocol level, without the sample: the
 * parts of Logto's behaviour the sample relies on, including the failures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HttpClient, type Credentials } from './helpers/http-client.ts';
import { idpForTests, nowhere as sampleBaseUrl } from './helpers/idp.ts';
import { authorizeUrl, decodePayload, revokeToken, runCodeFlow, tokenRequest as requestToken, type TokenResponse } from './helpers/oidc-flow.ts';
import { apiResource, appId } from './helpers/sample.ts';
import { testUser } from '../../samples/registry.ts';

// The sample's client is registered for an address where nothing listens: the flow reads the code from the redirect.
const idp = idpForTests({ extraTestUsers: 1 });

async function tokenRequest(parameters: Record<string, string>): Promise<TokenResponse> {
  return requestToken(idp().endpoint, parameters);
}

/** The SDK's sign-in, ending in a refresh token; checks what the SDK checks on the way. */
async function signIn(user: Credentials): Promise<string> {
  const { status, body } = await runCodeFlow({ idpEndpoint: idp().endpoint, sampleBaseUrl, user });
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(typeof body.scope, 'string', 'the SDK needs a string scope');
  const claims = decodePayload(String(body.id_token));
  assert.equal(claims.aud, appId);
  assert.equal(claims.iss, `${idp().endpoint}/oidc`);
  return String(body.refresh_token);
}

const alice = testUser;
const outsider = { username: 'user-01', password: 'password-01' };

test('a wrong password shows the sign-in page again with an error', async () => {
  const client = new HttpClient();
  const signInPage = await client.request(authorizeUrl(idp().endpoint, sampleBaseUrl).href);
  const retry = await client.submitForm(signInPage.url, signInPage.body, { identifier: testUser.username, password: 'not-it' });
  assert.equal(retry.response.status, 401);
  assert.match(retry.body, /Wrong username or password/);
});

test('the ID token carries profile, email and organization claims', async () => {
  const refreshToken = await signIn(alice);
  const { body } = await tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken });
  const claims = decodePayload(String(body.id_token));
  assert.equal(claims.name, 'Alice Liddell');
  assert.equal(claims.email, 'alice@example.com');
  assert.deepEqual(claims.organizations, ['org-wonderland']);
});

test('the API token is a JWT for the resource with the granted scope', async () => {
  const refreshToken = await signIn(alice);
  const { status, body } = await tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken, resource: apiResource });
  assert.equal(status, 200);
  const claims = decodePayload(String(body.access_token));
  assert.equal(claims.aud, apiResource);
  assert.equal(claims.scope, 'read:products');
  assert.equal(body.scope, 'read:products');
});

test('an unknown resource is refused with invalid_target', async () => {
  const refreshToken = await signIn(alice);
  const { status, body } = await tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken, resource: 'https://elsewhere.example/api' });
  assert.equal(status, 400);
  assert.equal(body.error, 'invalid_target');
});

test('a refresh token stays valid after use (no rotation), as an unsaved RSC refresh needs', async () => {
  const refreshToken = await signIn(alice);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const { status, body } = await tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken, resource: apiResource });
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.refresh_token, refreshToken);
  }
});

test('an organization token is a JWT for urn:logto:organization:<id> for a member', async () => {
  const refreshToken = await signIn(alice);
  const { status, body } = await tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken, organization_id: 'org-wonderland' });
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(typeof body.scope, 'string');
  const claims = decodePayload(String(body.access_token));
  assert.equal(claims.aud, 'urn:logto:organization:org-wonderland');
  assert.equal(claims.sub, 'user-alice');
  assert.ok(Number(claims.exp) > Date.now() / 1000);
});

test('an organization token is refused to a user who is not a member', async () => {
  const refreshToken = await signIn(outsider);
  const { status, body } = await tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken, organization_id: 'org-wonderland' });
  assert.equal(status, 400);
  assert.equal(body.error, 'invalid_grant');
  assert.match(String(body.error_description), /not a member/);
});

test('a revoked refresh token no longer works', async () => {
  const refreshToken = await signIn(alice);
  assert.equal(await revokeToken(idp().endpoint, refreshToken), 200);
  const { status, body } = await tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken });
  assert.equal(status, 400);
  assert.equal(body.error, 'invalid_grant');
});
