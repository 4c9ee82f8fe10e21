import { unwrapSession, wrapSession, type SessionWrapper } from '@logto/node';
import { withoutExpiredTokens } from './session-expiry';

/**
 * The SDK's own encrypted-cookie session, plus two checks: an expired ID token
 * means signed out, and a warning before the cookie outgrows what browsers keep.
 */
const warnAtBytes = 3.5 * 1024; // browsers drop a cookie past 4,096 bytes, silently

export function createCookieSessionWrapper(cookieName: string): SessionWrapper {
  return {
    async unwrap(value, secret) {
      return withoutExpiredTokens(await unwrapSession(value, secret));
    },
    async wrap(data, secret) {
      const value = await wrapSession(data, secret);
      const size = cookieName.length + 1 + encodeURIComponent(value).length;
      if (size > warnAtBytes) {
        console.warn(
          `The session cookie ${cookieName} is ${size} bytes; browsers drop cookies past 4096 bytes, which signs the user out. ` +
            'Keep sessions in Redis (set REDIS_URL) or request fewer resources.',
        );
      }
      return value;
    },
  };
}
