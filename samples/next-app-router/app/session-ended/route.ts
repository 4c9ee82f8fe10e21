import { LogtoError, LogtoRequestError } from '@logto/next';
import LogtoClient from '@logto/next/server-actions';
import { redirect } from 'next/navigation';
import { logtoConfig } from '../logto';

/**
 * /profile sends the reader here when Logto refused the session (userinfo
 * answered 401, e.g. after a sign-out elsewhere). Ask Logto once more and, if it
 * refuses again, forget the local session, so every page shows signed out.
 * A link from another site can bring a reader here too, but it can only clear a
 * session that Logto has already ended.
 */
export async function GET() {
  const client = await new LogtoClient(logtoConfig).createNodeClient();
  if (await client.isAuthenticated()) {
    try {
      await client.fetchUserInfo();
    } catch (error) {
      // An answer from Logto (401, or a refused refresh token); a network failure proves nothing.
      if (error instanceof LogtoRequestError || error instanceof LogtoError) {
        await client.clearAllTokens();
      }
    }
  }
  redirect('/');
}
