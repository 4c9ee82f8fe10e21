import { decodeJwt } from 'jose';
import { logtoClient } from '@/libraries/logto';

export default logtoClient.withLogtoApiRoute(async (request, response) => {
  // The `organizations` claim needs the UserScope.Organizations scope.
  const organizationId = request.user.claims?.organizations?.[0];
  if (!request.user.isAuthenticated || !organizationId) {
    response.status(401).json({ error: 'Sign in as a member of an organization first.' });
    return;
  }

  const token = await logtoClient.getOrganizationToken(request, response, organizationId);
  const { aud, exp } = decodeJwt(token);
  response.json({ organizationId, audience: aud, expiresAt: exp });
});
