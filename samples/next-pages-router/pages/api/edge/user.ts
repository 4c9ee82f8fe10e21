import LogtoClient from '@logto/next/edge';
import type { NextRequest } from 'next/server';
import { env } from '@/lib/env';

// This API route runs on the Edge runtime instead of Node.js.
export const config = { runtime: 'edge' };

// The Edge client reads the same encrypted session cookie with Web APIs only.
// It gets no sessionWrapper: node-redis needs Node.js sockets, which Edge lacks.
const logtoClient = new LogtoClient({
  endpoint: env.endpoint,
  appId: env.appId,
  appSecret: env.appSecret,
  baseUrl: env.baseUrl,
  cookieSecret: env.cookieSecret,
  cookieSecure: env.cookieSecure,
});

export default async function handler(request: NextRequest) {
  const { isAuthenticated, claims } = await logtoClient.getLogtoContext(request);
  return Response.json({ runtime: 'edge', isAuthenticated, userId: claims?.sub ?? null });
}
