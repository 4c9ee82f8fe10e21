import { redirect } from 'next/navigation';
import { SessionStoreUnavailableError } from './redis-session';

/**
 * For `.catch()` after a sign-in: when the session store (Redis) is down, send
 * the reader to a page that says so (503) instead of an error page; any other
 * error, and Next.js's own redirect signal, goes on as before.
 */
export function whenStoreIsDown(error: unknown): never {
  if (error instanceof SessionStoreUnavailableError) {
    redirect('/session-store-down');
  }
  throw error;
}
