import type { LogtoContext } from '@logto/next';
import { useEffect, useState } from 'react';

export default function Home() {
  const [user, setUser] = useState<LogtoContext>();

  useEffect(() => {
    // The SDK's user route answers with the session's context, read from the cookie.
    fetch('/api/logto/user')
      .then(async (response) => setUser((await response.json()) as LogtoContext))
      .catch(() => setUser({ isAuthenticated: false }));
  }, []);

  if (!user) {
    return <main>Loading…</main>;
  }

  // The auth routes are API routes: use plain links, not next/link.
  if (!user.isAuthenticated) {
    return (
      <main>
        <p>You are not signed in.</p>
        <a href="/api/logto/sign-in">Sign in</a>
      </main>
    );
  }

  return (
    <main>
      <p>Hello, {user.claims?.name ?? user.claims?.sub}!</p>
      <table>
        <tbody>
          {Object.entries(user.claims ?? {}).map(([key, value]) => (
            <tr key={key}>
              <th>{key}</th>
              <td>{JSON.stringify(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <a href="/api/logto/sign-out">Sign out</a>
    </main>
  );
}
