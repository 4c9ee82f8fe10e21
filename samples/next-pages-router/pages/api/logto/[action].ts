import { logtoClient } from '@/libraries/logto';

// One route answers /api/logto/sign-in, sign-in-callback, sign-out and user.
export default logtoClient.handleAuthRoutes({}, (request, response, error) => {
  // A forged or replayed callback, or an error from Logto: no session is created.
  const message = error instanceof Error ? error.message : String(error);
  response.status(400).send(`${String(request.query.action)} failed: ${message}`);
});
