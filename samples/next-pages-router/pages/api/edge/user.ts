import LogtoClient from '@logto/next/edge';
import type { NextRequest } from 'next/server';

// This API route runs on the Edge runtime instead of Node.js.
export const config = { runtime: 'edge' };

// The Edge client reads the same encrypted session cookie with Web APIs only.
// It gets no sessionWrapper: node-redis needs Node.js sockets, which Edge lacks.
const logtoClient = new LogtoClient({
  endpoint: process.env.LOGTO_ENDPOINT!,
  appId: process.env.LOGTO_APP_ID!,
  appSecret: process.env.LOGTO_APP_SECRET,
  baseUrl: process.env.LOGTO_BASE_URL!,
  cookieSecret: process.env.LOGTO_COOKIE_SECRET,
  cookieSecure: process.env.NODE_ENV === 'production',
});

export default async function handler(request: NextRequest) {
  const { isAuthenticated, claims } = await logtoClient.getLogtoContext(request);
  return Response.json({ runtime: 'edge', isAuthenticated, userId: claims?.sub ?? null });
}
