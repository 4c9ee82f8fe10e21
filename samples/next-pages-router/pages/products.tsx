import { useState } from 'react';
import type { ProductList } from '@/lib/shopping-api';

export default function Products() {
  const [result, setResult] = useState<ProductList>();
  const [error, setError] = useState<string>();

  // The API route gets the access token on the server; the browser never sees it.
  const load = async () => {
    const response = await fetch('/api/products');
    if (response.ok) {
      setResult((await response.json()) as ProductList);
    } else {
      setError(`The API route answered ${response.status}.`);
    }
  };

  return (
    <main>
      <h1>Products</h1>
      <button type="button" onClick={load}>
        Load products
      </button>
      {error && <p role="alert">{error}</p>}
      {result && (
        <ul>
          {result.products.map((product) => (
            <li key={product.id}>{product.name}</li>
          ))}
        </ul>
      )}
    </main>
  );
}
