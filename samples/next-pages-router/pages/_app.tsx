import type { AppProps } from 'next/app';
import Head from 'next/head';
import Link from 'next/link';

export default function App({ Component, pageProps }: AppProps) {
  return (
    <>
      <Head>
        <title>Logto + Next.js Pages Router sample</title>
      </Head>
      <nav>
        <Link href="/">Home</Link> · <Link href="/profile">Profile</Link> · <Link href="/products">Products</Link> ·{' '}
        <Link href="/organizations">Organizations</Link>
      </nav>
      <Component {...pageProps} />
    </>
  );
}
