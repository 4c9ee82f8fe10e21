import type { SessionData } from '@logto/node';
import { decodeJwt } from 'jose';

/**
 * The SDK counts a session as signed in while it holds an ID token, however old.
 * Count it as signed out once the ID token has expired, so a copied cookie stops
 * working after the token's lifetime. A sign-in in progress is kept.
 */
export function withoutExpiredTokens(data: SessionData): SessionData {
  const exp = data.idToken ? decodeJwt(data.idToken).exp : undefined;
  if (exp === undefined || exp * 1000 > Date.now()) {
    return data;
  }
  return data.signInSession ? { signInSession: data.signInSession } : {};
}
