import { logtoClient } from '@/libraries/logto';

// One route answers /api/logto/sign-in, sign-in-callback, sign-out and user.
export default logtoClient.handleAuthRoutes({}, (request, response, error) => {
  // A forged or replayed callback, or an error from Logto: no session is created.
  const message = error instanceof Error ? error.message : String(error);
  // When Logto sends an error back, `error_description` says what went wrong.
  const description = typeof request.query.error_description === 'string' ? ` (${request.query.error_description})` : '';
  // Plain text, so the reflected description is never read as HTML.
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.status(400).send(`${String(request.query.action)} failed: ${message}${description}`);
});
