import { getAccessTokenRSC, getLogtoContext } from '@logto/next/server-actions';
import { redirect } from 'next/navigation';
import { fetchProducts } from '../../lib/shopping-api';
import { logtoConfig } from '../logto';
import { loadProducts } from './actions';
import LoadProducts from './load-products';

export default async function Products() {
  const { isAuthenticated } = await getLogtoContext(logtoConfig);
  if (!isAuthenticated) {
    redirect('/');
  }

  // A server component cannot write cookies: a token refreshed here is not saved.
  const accessToken = await getAccessTokenRSC(logtoConfig, 'https://shopping.your-app.com/api');
  const { products } = await fetchProducts(accessToken);

  return (
    <main>
      <h1>Products</h1>
      <p>Rendered on the server: {products.map((product) => product.name).join(', ')}</p>
      <LoadProducts onLoad={loadProducts} />
    </main>
  );
}
