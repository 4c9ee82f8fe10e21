/** The oidc-provider configuration that makes it answer like a Logto tenant for the sample. */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider, { errors, type AccessToken, type Configuration } from 'oidc-provider';
import { claimsOf, findUserById } from './accounts.js';
import { MemoryStore } from './memory-store.js';
import { registerOrganizationTokenGrant } from './organization-token.js';
import { clientUris, guideCallbackPaths } from './registry.js';
import { errorPage, signOutPage, signedOutPage } from './pages.js';
import {
  apiScopes,
  customDataScope,
  organizationRolesScope,
  organizationsResource,
  organizationsScope,
  type IdpSettings,
} from './settings.js';

export function createProvider(issuer: string, settings: IdpSettings): Provider {
  const { apiResource, accessTokenTtl, appBaseUrls, appClientId, appClientSecret } = settings;

  // Fresh keys on every start: tokens do not outlive the process, like the in-memory store.
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

  const configuration: Configuration = {
    adapter: MemoryStore,
    clients: [
      // One client per sample of the registry (samples/registry.ts).
      ...settings.samples.map((sample) => sampleClient(sample.title, sample.clientId, sample.clientSecret, clientUris(sample, sample.baseUrl))),
      // The reader's own app from the quick starts, whichever guide it follows.
      sampleClient('Your Next.js app', appClientId, appClientSecret, {
        redirectUris: appBaseUrls.flatMap((base) => guideCallbackPaths.map((callbackPath) => `${base}${callbackPath}`)),
        postLogoutRedirectUris: appBaseUrls.flatMap((base) => clientUris({ callbackPath: '' }, base).postLogoutRedirectUris),
      }),
    ],
    jwks: { keys: [{ ...signingKey, kid: 'local-idp', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    scopes: ['openid', 'offline_access', 'profile', 'email', customDataScope, organizationsScope, organizationRolesScope],
    claims: {
      openid: ['sub'],
      profile: ['name', 'username', 'picture'],
      email: ['email', 'email_verified'],
      [customDataScope]: ['custom_data'],
      [organizationsScope]: ['organizations'],
      [organizationRolesScope]: ['organization_roles'],
    },
    // Like Logto: the ID token carries the profile claims, not only `sub`.
    conformIdTokenClaims: false,
    async findAccount(_ctx, id) {
      const user = findUserById(id);
      if (!user) return undefined;
      return {
        accountId: user.id,
        // Like Logto: custom_data is too large for the ID token; only the userinfo endpoint returns it.
        claims: (use) => {
          const claims = claimsOf(user);
          if (use === 'id_token') delete claims.custom_data;
          return claims;
        },
      };
    },
    interactions: {
      url: (_ctx, interaction) => `${new URL(issuer).pathname}/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.type = 'html';
          ctx.body = signOutPage(form);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.type = 'html';
          ctx.body = signedOutPage();
        },
      },
      resourceIndicators: {
        enabled: true,
        // The code exchange names no resource: its access token is for the userinfo endpoint.
        defaultResource: () => undefined,
        useGrantedResource: () => false,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource === apiResource) {
            return { scope: apiScopes.join(' '), accessTokenFormat: 'jwt', accessTokenTTL: accessTokenTtl };
          }
          // Asked for by the SDK when the app requests the organizations scope; the
          // tokens themselves come from the organization token grant.
          if (resource === organizationsResource) {
            return { scope: '', accessTokenFormat: 'jwt', accessTokenTTL: accessTokenTtl };
          }
          throw new errors.InvalidTarget(`unknown resource ${resource}`);
        },
      },
    },
    // A refresh done in a React Server Component is not saved, so the old refresh
    // token is used again later: rotation would revoke the whole grant then.
    rotateRefreshToken: false,
    ttl: {
      AccessToken: accessTokenTtl,
      IdToken: 3600,
      RefreshToken: 14 * 24 * 3600,
      Grant: 14 * 24 * 3600,
      Session: 14 * 24 * 3600,
      Interaction: 3600,
      AuthorizationCode: 60,
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage('Something went wrong', `${out.error}: ${out.error_description ?? ''}`);
    },
  };

  const provider = new Provider(issuer, configuration);
  registerOrganizationTokenGrant(provider, accessTokenTtl);
  logIssuedTokens(provider);
  return provider;
}

/** A confidential client like a Next.js application in Logto Console. */
function sampleClient(name: string, id: string, secret: string, uris: ReturnType<typeof clientUris>): Record<string, unknown> {
  return {
    client_id: id,
    client_secret: secret,
    client_name: name,
    redirect_uris: uris.redirectUris,
    post_logout_redirect_uris: uris.postLogoutRedirectUris,
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  };
}

/**
 * One line per access token, e.g. `token issued: refresh_token for
 * https://shopping.your-app.com/api, expires in 3600 s`, so a developer (or a
 * test) can see when the app fetched or refreshed a token.
 */
function logIssuedTokens(provider: Provider): void {
  const log = (token: AccessToken) => {
    const audience = token.resourceServer?.identifier() ?? 'userinfo';
    console.log(`token issued: ${token.gty ?? 'unknown'} for ${audience}, expires in ${token.expiration} s`);
  };
  // Opaque tokens are stored ("saved"); JWTs are only signed ("issued").
  provider.on('access_token.saved', log);
  provider.on('access_token.issued', log);
}
