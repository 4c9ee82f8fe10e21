import { getLogtoContext, getOrganizationTokenRSC } from '@logto/next/server-actions';
import { decodeJwt } from 'jose';
import { redirect } from 'next/navigation';
import { logtoConfig } from '../logto';

export default async function Organizations() {
  const { isAuthenticated, claims } = await getLogtoContext(logtoConfig);
  if (!isAuthenticated) {
    redirect('/');
  }

  // The `organizations` claim needs the UserScope.Organizations scope.
  const organizationIds = claims?.organizations ?? [];
  if (organizationIds.length === 0) {
    return <p>You are not a member of any organization.</p>;
  }

  const [organizationId] = organizationIds;
  const token = await getOrganizationTokenRSC(logtoConfig, organizationId);
  const { aud } = decodeJwt(token);

  return (
    <main>
      <h1>Organizations</h1>
      <p>Member of: {organizationIds.join(', ')}</p>
      <p>
        Organization token for <code>{organizationId}</code> has audience <code>{String(aud)}</code>.
      </p>
    </main>
  );
}
