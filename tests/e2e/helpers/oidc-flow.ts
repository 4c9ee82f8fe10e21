/** An authorization code flow run by hand, as the SDK runs it, for tests that need raw tokens. */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { HttpClient, type Credentials } from './http-client.ts';
import { apiResource, appRouterSample, type SampleApp } from './sample.ts';

const basic = (app: SampleApp) => `Basic ${Buffer.from(`${app.appId}:${app.appSecret}`).toString('base64')}`;

export interface TokenResponse {
  status: number;
  body: Record<string, unknown>;
}

export function decodePayload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
}

/** A token request as the sample's client (the App Router sample's unless `app` says otherwise). */
export async function tokenRequest(idpEndpoint: string, parameters: Record<string, string>, app: SampleApp = appRouterSample): Promise<TokenResponse> {
  const response = await fetch(`${idpEndpoint}/oidc/token`, {
    method: 'POST',
    headers: { authorization: basic(app), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: app.appId, ...parameters }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export async function revokeToken(idpEndpoint: string, token: string, app: SampleApp = appRouterSample): Promise<number> {
  const response = await fetch(`${idpEndpoint}/oidc/token/revocation`, {
    method: 'POST',
    headers: { authorization: basic(app), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: app.appId, token }),
  });
  return response.status;
}

export interface FlowOptions {
  idpEndpoint: string;
  /** The sample's base URL registered at the provider; its callback is not called. */
  sampleBaseUrl: string;
  user: Credentials;
  scope?: string;
  resources?: string[];
  /** Whose client signs in; the App Router sample's by default. */
  app?: SampleApp;
}

/** The URL of the provider's authorization endpoint for the sample's client (PKCE), with `extra` parameters. */
export function authorizeUrl(idpEndpoint: string, sampleBaseUrl: string, extra: Record<string, string> = {}, app: SampleApp = appRouterSample): URL {
  const authorize = new URL(`${idpEndpoint}/oidc/auth`);
  authorize.search = new URLSearchParams({
    client_id: app.appId,
    redirect_uri: `${sampleBaseUrl}${app.entry.callbackPath}`,
    response_type: 'code',
    scope: 'openid',
    code_challenge: createHash('sha256').update('v'.repeat(43)).digest('base64url'),
    code_challenge_method: 'S256',
    ...extra,
  }).toString();
  return authorize;
}

/** Signs in through the provider's pages (PKCE, prompt=consent) and exchanges the code; returns the token response. */
export async function runCodeFlow(options: FlowOptions): Promise<TokenResponse> {
  const app = options.app ?? appRouterSample;
  const redirectUri = `${options.sampleBaseUrl}${app.entry.callbackPath}`;
  const verifier = randomBytes(32).toString('base64url');
  const authorize = authorizeUrl(
    options.idpEndpoint,
    options.sampleBaseUrl,
    {
      scope: options.scope ?? 'openid offline_access profile email urn:logto:scope:organizations read:products',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      state: 'test-state',
      prompt: 'consent',
    },
    app,
  );
  for (const resource of options.resources ?? [apiResource, 'urn:logto:resource:organizations']) {
    authorize.searchParams.append('resource', resource);
  }

  const client = new HttpClient();
  const signInPage = await client.request(authorize.href);
  const consentPage = await client.submitForm(signInPage.url, signInPage.body, {
    identifier: options.user.username,
    password: options.user.password,
  });
  const callback = await client.submitForm(consentPage.url, consentPage.body, { decision: 'allow' }, redirectUri);
  const location = new URL(callback.response.headers.get('location')!);
  assert.equal(location.searchParams.get('state'), 'test-state');

  return tokenRequest(
    options.idpEndpoint,
    { grant_type: 'authorization_code', code: location.searchParams.get('code')!, code_verifier: verifier, redirect_uri: redirectUri },
    app,
  );
}
