import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: 'Logto + Next.js App Router sample',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <nav>
          <a href="/">Home</a> · <a href="/profile">Profile</a> · <a href="/products">Products</a> ·{' '}
          <a href="/organizations">Organizations</a>
        </nav>
        {children}
      </body>
    </html>
  );
}
