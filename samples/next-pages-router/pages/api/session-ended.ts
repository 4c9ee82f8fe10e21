import { LogtoError, LogtoRequestError } from '@logto/next';
import type { NextApiRequest, NextApiResponse } from 'next';
import { logtoClient } from '@/libraries/logto';

/**
 * /profile sends the reader here when Logto refused the session (userinfo
 * answered 401, e.g. after a sign-out elsewhere). Ask Logto once more and, if it
 * refuses again, forget the local session, so every page shows signed out.
 * A link from another site can bring a reader here too, but it can only clear a
 * session that Logto has already ended.
 */
export default async function handler(request: NextApiRequest, response: NextApiResponse) {
  const client = await logtoClient.createNodeClientFromNextApi(request, response);
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
  response.redirect(303, '/');
}
