import { logtoClient } from '@/libraries/logto';
import { fetchProducts } from '@/lib/shopping-api';

// withLogtoApiRoute reads the session and sets `request.user` before the handler runs.
export default logtoClient.withLogtoApiRoute(async (request, response) => {
  if (!request.user.isAuthenticated) {
    response.status(401).json({ error: 'Sign in first.' });
    return;
  }

  // A refreshed token is saved to the session through `response`.
  const accessToken = await logtoClient.getAccessToken(request, response, 'https://shopping.your-app.com/api');
  response.json(await fetchProducts(accessToken));
});
