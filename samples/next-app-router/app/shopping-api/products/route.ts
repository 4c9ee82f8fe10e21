import { createRemoteJWKSet, errors, jwtVerify } from 'jose';

/**
 * Stands in for a separate API service protected by Logto: it trusts only
 * access tokens issued by the Logto endpoint for its own resource indicator.
 */
const issuer = `${process.env.LOGTO_ENDPOINT}/oidc`;
const jwks = createRemoteJWKSet(new URL(`${issuer}/jwks`));

function problem(status: 401 | 403, error: string, description: string) {
  return Response.json(
    { error, error_description: description },
    {
      status,
      headers: { 'WWW-Authenticate': `Bearer error="${error}", error_description="${description}"` },
    },
  );
}

export async function GET(request: Request) {
  const [scheme, token] = request.headers.get('authorization')?.split(' ') ?? [];
  // The scheme is case-insensitive (RFC 7235): accept bearer and BEARER too.
  if (scheme?.toLowerCase() !== 'bearer' || !token) {
    return problem(401, 'invalid_token', 'A Bearer access token is required.');
  }

  try {
    // Checks the signature against the provider's JWKS, the issuer, the audience and the expiry.
    const { payload } = await jwtVerify(token, jwks, { issuer, audience: 'https://shopping.your-app.com/api' });
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
    if (!scopes.includes('read:products')) {
      return problem(403, 'insufficient_scope', 'The token lacks the read:products scope.');
    }
    return Response.json({
      user: payload.sub,
      products: [
        { id: 'p-1', name: 'Looking-glass' },
        { id: 'p-2', name: 'Pocket watch' },
      ],
    });
  } catch (error) {
    const reason = error instanceof errors.JOSEError ? error.code : 'ERR_UNKNOWN';
    return problem(401, 'invalid_token', `The access token was rejected (${reason}).`);
  }
}
