/**
 * The local identity provider at the protocol level, without the sample: the
 * parts of Logto's behaviour the sample relies on, including the failures.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { HttpClient, type Credentials } from './helpers/http-client.js';
import { startIdp, type Idp } from './helpers/idp.js';
import { apiResource, appId, appSecret } from './helpers/sample.js';

// Nothing listens here: the test reads the code from the redirect instead of following it.
const sampleBaseUrl = 'http://127.0.0.1:9';
const redirectUri = `${sampleBaseUrl}/callback`;
const basic = `Basic ${Buffer.from(`${appId}:${appSecret}`).toString('base64')}`;
let idp: Idp;

before(async () => {
  idp = await startIdp({ sampleBaseUrl, extraTestUsers: 1 });
});

after(async () => {
  await idp?.stop();
});

function decodePayload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
}

async function tokenRequest(parameters: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${idp.endpoint}/oidc/token`, {
    method: 'POST',
    headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: appId, ...parameters }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** An authorization code flow as the SDK runs it (PKCE, prompt=consent, resources), ending in a refresh token. */
async function signIn(user: Credentials): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const authorize = new URL(`${idp.endpoint}/oidc/auth`);
  for (const [key, value] of Object.entries({
    client_id: appId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid offline_access profile email urn:logto:scope:organizations read:products',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state: 'state-1',
    prompt: 'consent',
  })) {
    authorize.searchParams.set(key, value);
  }
  authorize.searchParams.append('resource', apiResource);
  authorize.searchParams.append('resource', 'urn:logto:resource:organizations');

  const client = new HttpClient();
  const signInPage = await client.request(authorize.href);
  const consentPage = await client.submitForm(signInPage.url, signInPage.body, { identifier: user.username, password: user.password });
  const callback = await client.submitForm(consentPage.url, consentPage.body, { decision: 'allow' }, redirectUri);
  const location = new URL(callback.response.headers.get('location')!);
  assert.equal(location.searchParams.get('state'), 'state-1');

  const { status, body } = await tokenRequest({
    grant_type: 'authorization_code',
    code: location.searchParams.get('code')!,
    code_verifier: verifier,
    redirect_uri: redirectUri,
  });
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(typeof body.scope, 'string', 'the SDK needs a string scope');
  const claims = decodePayload(String(body.id_token));
  assert.equal(claims.aud, appId);
  assert.equal(claims.iss, `${idp.endpoint}/oidc`);
  return String(body.refresh_token);
}

const alice = { username: 'alice', password: 'wonderland-2026' };
const outsider = { username: 'user-01', password: 'password-01' };

test('a wrong password shows the sign-in page again with an error', async () => {
  const client = new HttpClient();
  const authorize = new URL(`${idp.endpoint}/oidc/auth`);
  authorize.search = new URLSearchParams({
    client_id: appId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    code_challenge: createHash('sha256').update('v'.repeat(43)).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  const signInPage = await client.request(authorize.href);
  const retry = await client.submitForm(signInPage.url, signInPage.body, { identifier: 'alice', password: 'not-it' });
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
  const revoke = await fetch(`${idp.endpoint}/oidc/token/revocation`, {
    method: 'POST',
    headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: appId, token: refreshToken }),
  });
  assert.equal(revoke.status, 200);
  const { status, body } = await tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken });
  assert.equal(status, 400);
  assert.equal(body.error, 'invalid_grant');
});
