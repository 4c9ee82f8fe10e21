import { getLogtoContext, signIn, signOut } from '@logto/next/server-actions';
import { whenStoreIsDown } from '../lib/session-store-down';
import { logtoConfig } from './logto';
import SignIn from './sign-in';
import SignOut from './sign-out';

export default async function Home() {
  const { isAuthenticated, claims } = await getLogtoContext(logtoConfig);

  if (!isAuthenticated) {
    return (
      <main>
        <p>You are not signed in.</p>
        <SignIn
          onSignIn={async () => {
            'use server';
            await signIn(logtoConfig).catch(whenStoreIsDown);
          }}
        />
      </main>
    );
  }

  return (
    <main>
      <p>Hello, {claims?.name ?? claims?.sub}!</p>
      <table>
        <tbody>
          {Object.entries(claims ?? {}).map(([key, value]) => (
            <tr key={key}>
              <th>{key}</th>
              <td>{JSON.stringify(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SignOut
        onSignOut={async () => {
          'use server';
          await signOut(logtoConfig);
        }}
      />
    </main>
  );
}
