export type ProductList = { user: string; products: Array<{ id: string; name: string }> };

/** Calls the protected shopping API with an access token for its resource. */
export async function fetchProducts(accessToken: string): Promise<ProductList> {
  // The shopping API of this guide is a route of the app itself; call your own API instead.
  const response = await fetch(`${process.env.LOGTO_BASE_URL}/shopping-api/products`, {
    headers: { Authorization: `Bearer ${accessToken}` },
    cache: 'no-store',
  });
  if (!response.ok) {
    throw new Error(`The shopping API answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as ProductList;
}
