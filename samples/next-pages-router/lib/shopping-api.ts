import { env } from './env';

export type ProductList = { user: string; products: Array<{ id: string; name: string }> };

/** Calls the protected shopping API with an access token for its resource. */
export async function fetchProducts(accessToken: string): Promise<ProductList> {
  const response = await fetch(`${env.baseUrl}/api/shopping-api/products`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  if (!response.ok) {
    throw new Error(`The shopping API answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as ProductList;
}
