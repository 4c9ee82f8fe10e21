import { handleSignIn } from '@logto/next/server-actions';
import { redirect, unstable_rethrow } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { logtoConfig } from '../logto';

export async function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  try {
    await handleSignIn(logtoConfig, searchParams);
  } catch (error) {
    // Let Next.js handle its own redirect signal (sent when a post-sign-in redirect is configured).
    unstable_rethrow(error);
    // A missing or forged `state`, a replayed code, or an error from Logto: no session is created.
    const message = error instanceof Error ? error.message : String(error);
    // When Logto sends an error back, `error_description` says what went wrong.
    const description = searchParams.get('error_description');
    return new Response(`Sign-in failed: ${message}${description ? ` (${description})` : ''}`, { status: 400 });
  }

  redirect('/');
}
