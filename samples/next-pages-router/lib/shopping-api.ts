export type ProductList = { user: string; products: Array<{ id: string; name: string }> };

/** Calls the protected shopping API with an access token for its resource. */
export async function fetchProducts(accessToken: string): Promise<ProductList> {
  // The shopping API of this guide is an API route of the app itself; call your own API instead.
  const response = await fetch(`${process.env.LOGTO_BASE_URL}/api/shopping-api/products`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  if (!response.ok) {
    throw new Error(`The shopping API answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as ProductList;
}
