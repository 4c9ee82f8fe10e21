import { getLogtoContext } from '@logto/next/server-actions';
import { redirect } from 'next/navigation';
import { logtoConfig } from '../logto';

export default async function Profile() {
  // fetchUserInfo asks the userinfo endpoint for claims the ID token does not carry.
  const { isAuthenticated, claims, userInfo } = await getLogtoContext(logtoConfig, {
    fetchUserInfo: true,
  });

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
