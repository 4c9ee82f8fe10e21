import { getLogtoContext } from '@logto/next/server-actions';
import { redirect } from 'next/navigation';
import { logtoConfig } from '../logto';

export default async function Profile() {
  // fetchUserInfo asks the userinfo endpoint for claims the ID token does not carry.
  // Logto refuses it (401) once the session has ended there, e.g. after a sign-out elsewhere.
  const { isAuthenticated, claims, userInfo } = await getLogtoContext(logtoConfig, {
    fetchUserInfo: true,
  }).catch(() => redirect('/session-ended'));

  if (!isAuthenticated) {
    redirect('/');
  }

  return (
    <main>
      <h1>Profile</h1>
      <dl>
        <dt>User ID</dt>
        <dd>{claims?.sub}</dd>
        <dt>Email</dt>
        <dd>{userInfo?.email ?? 'not shared'}</dd>
        <dt>Custom data</dt>
        <dd>
          <code>{JSON.stringify(userInfo?.custom_data ?? {})}</code>
        </dd>
      </dl>
    </main>
  );
}
