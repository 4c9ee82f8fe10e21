/**
 * The registry of samples and the guides they back: one entry per runnable
 * sample, the only place its facts are written. `npm run sample`, the local
 * identity provider's client list, the snippet checker, the guide replay, the
 * site's "Download sample" and "Use the local identity provider" features, the
 * site tests and the end-to-end tests all read it, so a new sample gets every
 * check by adding its entry here (and its folder and guide).
 *
 * Plain data and small pure functions, with no import: the site's browser code,
 * the tools (tsx) and samples/local-idp (NodeNext) all load this file.
 */

export interface SampleEntry {
  /** Short name: `npm run sample -- <name>`, `npm run test:replay -- <name>`. */
  name: string;
  /** What the sample is, as printed by `npm run sample` and used in test names. */
  title: string;
  /** The sample's folder, relative to the repository root (an npm workspace with its own tsconfig.json). */
  dir: string;
  /** The quick-start guide the sample backs: its code blocks are the sample's files. */
  guide: {
    /** The guide page, relative to the repository root (the English source). */
    page: string;
    /**
     * Globs (`*`, `**`) of the pages whose code blocks are type-checked against this
     * sample, relative to a locale's docs folder (so one entry covers every locale);
     * by default the guide's folder (see checkedPages).
     */
    pages?: string[];
    /**
     * The packages the guide's `create-next-app` command installs: the guide is a
     * walkthrough that readers follow block by block from a fresh app (its blocks
     * must build on each other, and `npm run test:replay` replays it).
     */
    scaffoldPackages?: string[];
    /** What the router switcher atop every guide calls this one (default: the title); a translation is the key `<name>` of i18n/<locale>/router-switcher/labels.json (src/plugins/router-switcher). */
    switcherLabel?: string;
  };
  /** Folder of the sample where a code block without a title is type-checked, so `./x` imports resolve as there. */
  scratchDir: string;
  /** Port of `npm run sample -- <name>` on 127.0.0.1 (SAMPLE_PORT overrides it). */
  port: number;
  /** The OIDC client that the local identity provider registers for the sample. */
  client: {
    id: string;
    /** No `%` or `+`: oidc-provider URL-decodes Basic credentials. */
    secret: string;
    /** Prefix of the provider's environment settings for this client: `<prefix>SAMPLE_BASE_URL`, `<prefix>CLIENT_ID`, `<prefix>CLIENT_SECRET`. */
    envPrefix: string;
  };
  /** Path of the sign-in callback: the client's redirect URI is the sample's base URL plus this. */
  callbackPath: string;
  /** Path of the API that wants a Bearer access token for the API resource (the guide's "protect your API"). */
  protectedApiPath: string;
  /** Sample files the guide shows whole: the build and the site tests fail when the guide's block differs from the file. */
  shownInFull: string[];
}

/**
 * Pages whose code blocks are checked against a sample but that no sample
 * backs as its guide: the concept pages show App Router code (server actions,
 * the same logtoConfig), so they use that sample.
 */
export const otherCheckedPages: Array<{ pages: string[]; sample: string }> = [
  { pages: ['introduction/**', 'authorization/**', 'organizations/**', 'end-user-flows/**', 'connectors/**'], sample: 'app' },
];

/** What the guides' `npx create-next-app` installs. */
const createNextAppPackages = ['next', 'react', 'react-dom'];
/** The files of lib/ that both Next.js samples hold and both guides show whole. */
const sharedLibFiles = ['lib/shopping-api.ts', 'lib/redis-session.ts', 'lib/session-expiry.ts', 'lib/cookie-session.ts'];

export const samples: SampleEntry[] = [
  {
    name: 'app',
    title: 'Next.js App Router sample',
    dir: 'samples/next-app-router',
    guide: {
      page: 'docs/quick-starts/next-app-router/index.mdx',
      scaffoldPackages: createNextAppPackages,
      switcherLabel: 'App Router',
    },
    scratchDir: 'app',
    port: 3002,
    client: { id: 'sample-next-app-router', secret: 'sample-secret-not-for-production', envPrefix: 'IDP_' },
    callbackPath: '/callback',
    protectedApiPath: '/shopping-api/products',
    shownInFull: [
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
      ...sharedLibFiles,
    ],
  },
  {
    name: 'pages',
    title: 'Next.js Pages Router sample',
    dir: 'samples/next-pages-router',
    guide: {
      page: 'docs/quick-starts/next/index.mdx',
      scaffoldPackages: createNextAppPackages,
      switcherLabel: 'Pages Router',
    },
    scratchDir: 'pages',
    port: 3003,
    client: { id: 'sample-next-pages-router', secret: 'sample-pages-secret-not-for-production', envPrefix: 'IDP_PAGES_' },
    callbackPath: '/api/logto/sign-in-callback',
    protectedApiPath: '/api/shopping-api/products',
    shownInFull: [
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
      ...sharedLibFiles,
    ],
  },
];

/**
 * The local identity provider's test user, the one the guides tell readers to
 * sign in as: the provider's accounts, its sign-in page, `npm run sample`, the
 * guide replay and the end-to-end tests all read it from here (the docs' prose
 * writes the same values out).
 */
export const testUser = {
  username: 'alice',
  password: 'wonderland-2026',
  name: 'Alice Liddell',
  email: 'alice@example.com',
  /** The organization the user belongs to. */
  organization: { id: 'org-wonderland', name: 'Wonderland' },
} as const;

/** Port of the local identity provider unless IDP_PORT says otherwise. */
export const defaultIdpPort = 3001;

/** The docs plugin's id of the entry's guide: its page under docs/ without the extension (`docs/quick-starts/next/index.mdx` → `quick-starts/next/index`). */
export function guideDocId(entry: Pick<SampleEntry, 'guide'>): string {
  return entry.guide.page.replace(/^docs\//, '').replace(/\.mdx?$/, '');
}

/** The entry named `name`; the error lists the names there are. */
export function sampleNamed(name: string): SampleEntry {
  const entry = samples.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no sample named "${name}" in samples/registry.ts (there are: ${samples.map((sample) => sample.name).join(', ')}).`);
  return entry;
}

/** The pages checked against the sample: `guide.pages`, or every page in the guide's folder (`quick-starts/next/**`). */
export function checkedPages(entry: SampleEntry): string[] {
  return entry.guide.pages ?? [`${entry.guide.page.replace(/^docs\//, '').replace(/\/[^/]*$/, '')}/**`];
}

/** Where `npm run sample -- <name>` serves the sample by default. */
export function defaultBaseUrl(entry: SampleEntry): string {
  return `http://127.0.0.1:${entry.port}`;
}

/** The session cookie the SDK sets for the sample's client. */
export function sessionCookieName(entry: SampleEntry): string {
  return `logto_${entry.client.id}`;
}

/** The client's redirect and post sign-out URIs for the sample served at `baseUrl`. */
export function clientUris(entry: Pick<SampleEntry, 'callbackPath'>, baseUrl: string): { redirectUris: string[]; postLogoutRedirectUris: string[] } {
  // The SDK sends the base URL as it is configured, with or without a trailing slash.
  return { redirectUris: [`${baseUrl}${entry.callbackPath}`], postLogoutRedirectUris: [baseUrl, `${baseUrl}/`] };
}

/** Every callback path of the guides, for the client of the reader's own app (whichever guide it follows). */
export const guideCallbackPaths: string[] = [...new Set(samples.map((entry) => entry.callbackPath))];
