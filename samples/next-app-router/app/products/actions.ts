'use server';

import { getAccessToken } from '@logto/next/server-actions';
import { fetchProducts } from '../../lib/shopping-api';
import { logtoConfig } from '../logto';

export async function loadProducts() {
  // In a server action the SDK can save a refreshed token back to the session.
  const accessToken = await getAccessToken(logtoConfig, 'https://shopping.your-app.com/api');
  return fetchProducts(accessToken);
}
