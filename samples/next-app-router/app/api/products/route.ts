import { getAccessToken } from '@logto/next/server-actions';
import { fetchProducts } from '../../../lib/shopping-api';
import { logtoConfig } from '../../logto';

export async function GET() {
  try {
    const accessToken = await getAccessToken(logtoConfig, 'https://shopping.your-app.com/api');
    return Response.json(await fetchProducts(accessToken));
  } catch (error) {
    return Response.json({ error: String(error) }, { status: 401 });
  }
}
