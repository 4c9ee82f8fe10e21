/**
 * Sample files that a quick-start guide shows whole, by sample folder. The
 * build (./index.ts) fails when the guide's last whole-file block of one
 * (earlier blocks are steps on the way) differs from the file that the
 * "Download sample" zip holds; the other files a guide shows appear in
 * simplified variants for single steps and are type-checked by check:snippets.
 */
export const shownInFull: Record<string, string[]> = {
  'samples/next-app-router': [
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
  ],
  'samples/next-pages-router': [
    'pages/api/logto/[action].ts',
    'pages/index.tsx',
    'pages/profile.tsx',
    'pages/api/session-ended.ts',
    'pages/api/products.ts',
    'pages/products.tsx',
    'pages/api/organization-token.ts',
    'pages/api/edge/user.ts',
    'pages/api/shopping-api/products.ts',
    'pages/organizations.tsx',
    'lib/shopping-api.ts',
    'lib/redis-session.ts',
    'lib/session-expiry.ts',
    'lib/cookie-session.ts',
  ],
};
