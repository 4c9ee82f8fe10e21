'use client';

import { useState } from 'react';
import type { ProductList } from '../../lib/shopping-api';

type Props = {
  onLoad: () => Promise<ProductList>;
};

export default function LoadProducts({ onLoad }: Props) {
  const [result, setResult] = useState<ProductList>();

  return (
    <section>
      <button type="button" onClick={async () => setResult(await onLoad())}>
        Load products
      </button>
      {result && (
        <ul>
          {result.products.map((product) => (
            <li key={product.id}>{product.name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
