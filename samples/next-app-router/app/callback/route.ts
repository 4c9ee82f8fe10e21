import { handleSignIn } from '@logto/next/server-actions';
import { redirect, unstable_rethrow } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { logtoConfig } from '../logto';

export async function GET(request: NextRequest) {
  try {
    await handleSignIn(logtoConfig, request.nextUrl.searchParams);
  } catch (error) {
    // Let Next.js handle its own redirect signal (sent when a post-sign-in redirect is configured).
    unstable_rethrow(error);
    // A missing or forged `state`, a replayed code, or an error from Logto: no session is created.
    return new Response(`Sign-in failed: ${error instanceof Error ? error.message : String(error)}`, { status: 400 });
  }

  redirect('/');
}
