/**
 * Logto's organization token request: a `refresh_token` grant that also
 * carries `organization_id`. oidc-provider would ignore the extra parameter and
 * return an ordinary token, so this wraps its refresh_token grant: with
 * `organization_id` it answers with a JWT for the audience
 * `urn:logto:organization:<id>` when the user is a member, and an error otherwise;
 * without it the stock handler runs unchanged.
 */
import type Provider from 'oidc-provider';
import { errors, type KoaContextWithOIDC } from 'oidc-provider';
// oidc-provider does not export its grant handlers; the package has no
// "exports" map, so the module can still be imported by path.
import * as stockRefreshTokenGrant from 'oidc-provider/lib/actions/grants/refresh_token.js';
import { findUserById, isMember } from './accounts.js';
import { organizationUrnPrefix, organizationsScope } from './settings.js';

export function registerOrganizationTokenGrant(provider: Provider, accessTokenTtl: number): void {
  const parameters = new Set([...stockRefreshTokenGrant.parameters, 'organization_id']);
  provider.registerGrantType(
    'refresh_token',
    async (ctx, next) => {
      const organizationId = ctx.oidc.params?.['organization_id'];
      if (typeof organizationId !== 'string' || organizationId === '') {
        return stockRefreshTokenGrant.handler(ctx, next);
      }
      await issueOrganizationToken(ctx, organizationId, accessTokenTtl);
      return next();
    },
    [...parameters],
  );
}

/** oidc-provider hides an error's detail behind a generic description; this one is for developers, so show it. */
function invalidGrant(description: string): Error {
  const error = new errors.InvalidGrant(description);
  error.error_description = description;
  return error;
}

async function issueOrganizationToken(ctx: KoaContextWithOIDC, organizationId: string, ttl: number): Promise<void> {
  const { provider, client } = ctx.oidc;
  if (!client) throw new errors.InvalidClient('client not found');

  const value = ctx.oidc.params?.['refresh_token'];
  if (typeof value !== 'string' || value === '') throw new errors.InvalidRequest('missing required parameter refresh_token');

  const refreshToken = await provider.RefreshToken.find(value);
  if (!refreshToken || refreshToken.isExpired || refreshToken.consumed) {
    throw invalidGrant('refresh token is invalid, expired or already used');
  }
  if (refreshToken.clientId !== client.clientId) throw invalidGrant('client mismatch');

  const grant = await provider.Grant.find(refreshToken.grantId);
  if (!grant || grant.clientId !== client.clientId) throw invalidGrant('grant not found');

  if (!refreshToken.scopes.has(organizationsScope)) {
    throw invalidGrant(`the refresh token was not granted the ${organizationsScope} scope`);
  }
  const user = findUserById(refreshToken.accountId);
  if (!user || !isMember(user, organizationId)) {
    throw invalidGrant(`the user is not a member of organization ${organizationId}`);
  }

  const audience = `${organizationUrnPrefix}${organizationId}`;
  const accessToken = new provider.AccessToken({
    accountId: user.id,
    client,
    grantId: refreshToken.grantId,
    gty: 'refresh_token',
    sessionUid: refreshToken.sessionUid,
    sid: refreshToken.sid,
    expiresWithSession: refreshToken.expiresWithSession,
  });
  accessToken.resourceServer = new provider.ResourceServer(audience, {
    audience,
    scope: '',
    accessTokenFormat: 'jwt',
    accessTokenTTL: ttl,
  });
  accessToken.scope = '';

  ctx.body = {
    access_token: await accessToken.save(),
    expires_in: accessToken.expiration,
    token_type: 'Bearer',
    // The SDK keeps a token only when the response carries a string scope.
    scope: '',
  };
}
