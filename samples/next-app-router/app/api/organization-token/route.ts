import { getLogtoContext, getOrganizationToken } from '@logto/next/server-actions';
import { decodeJwt } from 'jose';
import { logtoConfig } from '../../logto';

export async function GET() {
  const { isAuthenticated, claims } = await getLogtoContext(logtoConfig);
  const organizationId = claims?.organizations?.[0];
  if (!isAuthenticated || !organizationId) {
    return Response.json({ error: 'Sign in as a member of an organization first.' }, { status: 401 });
  }

  // In a route handler a refreshed token is saved to the session.
  const token = await getOrganizationToken(logtoConfig, organizationId);
  const { aud, exp } = decodeJwt(token);
  return Response.json({ organizationId, audience: aud, expiresAt: exp });
}
