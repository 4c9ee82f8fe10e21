import type { NextApiRequest, NextApiResponse } from 'next';
import { logtoClient } from '@/libraries/logto';
import { SessionStoreUnavailableError } from '@/lib/redis-session';

function onError(request: NextApiRequest, response: NextApiResponse, error: unknown) {
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  if (error instanceof SessionStoreUnavailableError) {
    response.setHeader('Retry-After', '60');
    response.status(503).send('Sign-in is unavailable: the session store (Redis) does not answer. Try again in a minute.');
    return;
  }
  // A forged or replayed callback, or an error from Logto: no session is created.
  const message = error instanceof Error ? error.message : String(error);
  // When Logto sends an error back, `error_description` says what went wrong (plain text, never HTML).
  const description = typeof request.query.error_description === 'string' ? ` (${request.query.error_description})` : '';
  response.status(400).send(`${String(request.query.action)} failed: ${message}${description}`);
}

// One route answers /api/logto/sign-in, sign-in-callback, sign-out and user.
const authRoutes = logtoClient.handleAuthRoutes({}, onError);

export default async function handler(request: NextApiRequest, response: NextApiResponse) {
  // Sign-in and sign-out are plain links (GET), so another site could link or redirect
  // here and end the reader's session. Browsers say where a request comes from in
  // Sec-Fetch-Site: refuse these when it is another site ("none" is a typed URL).
  const site = request.headers['sec-fetch-site'];
  const action = String(request.query.action);
  if (['sign-in', 'sign-up', 'sign-out'].includes(action) && site !== undefined && site !== 'same-origin' && site !== 'none') {
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    response.status(403).send(`${action} must start from this app's own pages.`);
    return;
  }
  try {
    await authRoutes(request, response);
  } catch (error) {
    // handleAuthRoutes passes onError to every route but sign-in (@logto/next 4.2.11).
    onError(request, response, error);
  }
}
