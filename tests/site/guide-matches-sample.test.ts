/**
 * The guide shows the sample's files. Where a code block is the whole file
 * (same title, not a variant of it for one step of the guide), it must equal
 * the sample's file byte for byte, so the reader copies what the tests ran.
 */
import { test } from 'node:test';
import { assertShownFilesEqualSample } from './mdx-source';

const guideSource = 'docs/quick-starts/next-app-router/index.mdx';
// Files the guide shows in full. Others (app/logto.ts, app/page.tsx) appear
// as the reader's versions (environment variables instead of the sample's
// validated app/env.ts) and are type-checked and replayed instead.
const shownInFull = [
  'app/callback/route.ts',
  'app/sign-in.tsx',
  'app/sign-out.tsx',
  'app/profile/page.tsx',
  'app/session-ended/route.ts',
  'app/products/actions.ts',
  'app/products/load-products.tsx',
  'app/api/products/route.ts',
  'app/api/organization-token/route.ts',
  'app/shopping-api/products/route.ts',
  'app/products/page.tsx',
  'app/organizations/page.tsx',
  'lib/shopping-api.ts',
  'lib/redis-session.ts',
  'lib/session-expiry.ts',
  'lib/cookie-session.ts',
];

test('code blocks that show a whole sample file equal that file', () => {
  assertShownFilesEqualSample(guideSource, 'samples/next-app-router', shownInFull);
});
