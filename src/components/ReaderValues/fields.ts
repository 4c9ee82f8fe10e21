/**
 * The reader's values, declared once: which placeholder of the guides each one
 * replaces in code blocks, which environment variable of the samples holds it,
 * and whether it is a secret (masked on screen, copied in full). The panel,
 * the code-block replacement and the sample zip's .env.local all read this.
 */
import { defaultBaseUrl, defaultIdpPort, sampleNamed } from '../../../samples/registry.ts';

export type FieldKey = 'endpoint' | 'appId' | 'appSecret' | 'baseUrl' | 'cookieSecret';

export interface Field {
  key: FieldKey;
  /** The text the guides' code blocks show in its place (check:snippets type-checks the blocks with it). */
  placeholder: string;
  /** The samples' environment variable (see samples/\*\/.env.example). */
  env: string;
  /** What the guides' `.env.local` block sets the variable to (the local identity provider's values); the line `env=guideValue` is replaced too. */
  guideValue: string;
  secret: boolean;
  optional: boolean;
}

export const fields: readonly Field[] = [
  { key: 'endpoint', placeholder: 'https://your-tenant.logto.app', env: 'LOGTO_ENDPOINT', guideValue: 'http://127.0.0.1:3001', secret: false, optional: false },
  { key: 'appId', placeholder: '<your-application-id>', env: 'LOGTO_APP_ID', guideValue: 'my-next-app', secret: false, optional: false },
  { key: 'appSecret', placeholder: '<your-application-secret>', env: 'LOGTO_APP_SECRET', guideValue: 'my-next-app-secret-not-for-production', secret: true, optional: false },
  // In the guides' code, http://localhost:3000 is always the app's base URL (also inside `${baseUrl}/callback`).
  { key: 'baseUrl', placeholder: 'http://localhost:3000', env: 'LOGTO_BASE_URL', guideValue: 'http://localhost:3000', secret: false, optional: false },
  { key: 'cookieSecret', placeholder: 'replace-me-with-at-least-32-random-characters', env: 'LOGTO_COOKIE_SECRET', guideValue: 'replace-me-with-at-least-32-random-characters', secret: true, optional: true },
];

export type ReaderValues = Partial<Record<FieldKey, string>>;

/** A cookie secret from the browser's CSPRNG: 32 random bytes, base64url (43 characters). */
export function generateCookieSecret(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  // Stryker disable next-line Regex: 32 bytes are 44 base64 characters with exactly one '=', and only at the end, so /=$/ and /=+/ remove the same
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** What `npm run sample -- <name>` wires the sample of the registry (samples/registry.ts) with: router "app" or "pages". */
export function localIdpValues(router: string): ReaderValues {
  const entry = sampleNamed(router);
  return {
    endpoint: `http://127.0.0.1:${defaultIdpPort}`,
    appId: entry.client.id,
    appSecret: entry.client.secret,
    baseUrl: defaultBaseUrl(entry),
  };
}
