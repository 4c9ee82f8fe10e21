import LogtoClient, { UserScope } from '@logto/next';
import { env } from '@/lib/env';
import { createCookieSessionWrapper } from '@/lib/cookie-session';
import { createRedisSessionWrapper } from '@/lib/redis-session';

export const logtoClient = new LogtoClient({
  endpoint: env.endpoint,
  appId: env.appId,
  appSecret: env.appSecret,
  baseUrl: env.baseUrl,
  cookieSecret: env.cookieSecret,
  cookieSecure: env.cookieSecure,
  scopes: [UserScope.Email, UserScope.CustomData, UserScope.Organizations, 'read:products'],
  resources: ['https://shopping.your-app.com/api'],
  // With REDIS_URL set, sessions live in Redis; otherwise in the encrypted cookie.
  sessionWrapper: env.redisUrl ? createRedisSessionWrapper(env.redisUrl) : createCookieSessionWrapper(`logto_${env.appId}`),
});
