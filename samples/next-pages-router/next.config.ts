import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The repo root has its own lockfile; tell Next.js this app's root explicitly.
  outputFileTracingRoot: new URL('../..', import.meta.url).pathname,
};

export default nextConfig;
