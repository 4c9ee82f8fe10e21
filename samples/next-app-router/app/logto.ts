import { UserScope, type LogtoNextConfig } from '@logto/next';
import { createCookieSessionWrapper } from '../lib/cookie-session';
import { createRedisSessionWrapper } from '../lib/redis-session';
import { env } from './env';

export const logtoConfig: LogtoNextConfig = {
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
};
