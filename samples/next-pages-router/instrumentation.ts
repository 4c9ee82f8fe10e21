// Next.js calls register() once when the server starts: check the configuration
// then, so a misconfigured app stops at start-up instead of at its first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    await import('./lib/check-config');
  }
}
