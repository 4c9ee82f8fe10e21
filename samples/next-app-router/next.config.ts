import type { NextConfig } from 'next';

// Sent with every response: no other site may frame the app (clickjacking of its
// Sign in and Sign out buttons), browsers must not guess content types, and other
// sites see only the origin in the Referer header.
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

const nextConfig: NextConfig = {
  // The repo root has its own lockfile; tell Next.js this app's root explicitly.
  outputFileTracingRoot: new URL('../..', import.meta.url).pathname,
  // No X-Powered-By: Next.js header.
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Route handlers that answer with personal data: never stored by a browser or a proxy.
      { source: '/api/:path*', headers: [{ key: 'Cache-Control', value: 'no-store' }] },
    ];
  },
};

export default nextConfig;
