// Where a sign-in lands when Redis, the session store, does not answer (see lib/session-store-down.ts).
export function GET() {
  return new Response('Sign-in is unavailable: the session store (Redis) does not answer. Try again in a minute.\n', {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60' },
  });
}
