/**
 * The sign-in and consent pages: `/oidc/interaction/:uid` shows the page the
 * provider asks for, and the forms post back to `/login` and `/consent` below it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { findUserByCredentials, testUser } from './accounts.js';
import { consentPage, errorPage, signInPage } from './pages.js';
import { recordFailure, retryAfterSeconds } from './throttle.js';

export async function handleInteraction(
  provider: Provider,
  request: IncomingMessage,
  response: ServerResponse,
  action: 'show' | 'login' | 'consent',
): Promise<void> {
  const details = await provider.interactionDetails(request, response);
  const { uid, prompt, params } = details;
  const base = `${new URL(provider.issuer).pathname}/interaction/${uid}`;
  const clientId = String(params['client_id'] ?? '');

  if (action === 'show' && prompt.name === 'login') {
    return sendHtml(response, 200, signInPage({ action: `${base}/login`, clientId, testUser }));
  }

  if (action === 'show' && prompt.name === 'consent') {
    const missingScopes = (prompt.details['missingOIDCScope'] as string[] | undefined) ?? [];
    const resources = (prompt.details['missingResourceScopes'] as Record<string, string[]> | undefined) ?? {};
    return sendHtml(response, 200, consentPage({ action: `${base}/consent`, clientId, scopes: missingScopes, resources }));
  }

  if (action === 'login' && prompt.name === 'login') {
    const form = await readForm(request);
    const identifier = form.get('identifier') ?? '';
    const ip = request.socket.remoteAddress ?? 'unknown';
    const wait = retryAfterSeconds(identifier, ip);
    if (wait > 0) {
      response.setHeader('retry-after', String(wait));
      const page = signInPage({ action: `${base}/login`, clientId, testUser, identifier, error: `Too many failed sign-ins. Try again in ${wait} s.` });
      return sendHtml(response, 429, page);
    }
    const user = findUserByCredentials(identifier, form.get('password') ?? '');
    if (!user) {
      recordFailure(identifier, ip);
      const page = signInPage({ action: `${base}/login`, clientId, testUser, identifier, error: 'Wrong username or password.' });
      return sendHtml(response, 401, page);
    }
    return provider.interactionFinished(request, response, { login: { accountId: user.id } }, { mergeWithLastSubmission: false });
  }

  if (action === 'consent' && prompt.name === 'consent') {
    const form = await readForm(request);
    if (form.get('decision') !== 'allow') {
      const result = { error: 'access_denied', error_description: 'The user denied the request.' };
      return provider.interactionFinished(request, response, result, { mergeWithLastSubmission: false });
    }
    const grantId = await saveGrant(provider, details);
    return provider.interactionFinished(request, response, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  sendHtml(response, 400, errorPage('Unexpected step', `This page does not handle "${prompt.name}" now. Start the sign-in again from the app.`));
}

/** Grants everything the consent prompt lists as missing. */
async function saveGrant(provider: Provider, details: Awaited<ReturnType<Provider['interactionDetails']>>): Promise<string> {
  const { prompt, params, session, grantId } = details;
  const accountId = session?.accountId;
  if (!accountId) throw new Error('consent without a signed-in account');

  const grant = (grantId ? await provider.Grant.find(grantId) : undefined)
    ?? new provider.Grant({ accountId, clientId: String(params['client_id']) });

  const missingScopes = prompt.details['missingOIDCScope'] as string[] | undefined;
  if (missingScopes) grant.addOIDCScope(missingScopes.join(' '));
  const missingClaims = prompt.details['missingOIDCClaims'] as string[] | undefined;
  if (missingClaims) grant.addOIDCClaims(missingClaims);
  const missingResourceScopes = prompt.details['missingResourceScopes'] as Record<string, string[]> | undefined;
  for (const [resource, scopes] of Object.entries(missingResourceScopes ?? {})) {
    grant.addResourceScope(resource, scopes.join(' '));
  }
  return grant.save();
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 64 * 1024) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // The pages use no script of their own except the sign-out form submit.
    'x-frame-options': 'DENY',
    'content-security-policy': "frame-ancestors 'none'",
  });
  response.end(html);
}
