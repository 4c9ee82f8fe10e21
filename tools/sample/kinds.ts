/**
 * The samples `npm run sample` can start and the values it wires them with.
 * Plain data with no Node.js import, so the site's "Use the local identity
 * provider" button (src/components/ReaderValues) fills in exactly these.
 */

export interface SampleKind {
  /** The argument that picks it: `npm run sample -- pages`. */
  name: 'app' | 'pages';
  title: string;
  /** Folder relative to the repository root. */
  dir: string;
  port: number;
  /** The client the local identity provider registers for this sample. */
  appId: string;
  appSecret: string;
  /** Prefix of the provider's settings for this client: `${prefix}SAMPLE_BASE_URL`, `${prefix}CLIENT_ID`, `${prefix}CLIENT_SECRET`. */
  idpPrefix: 'IDP_' | 'IDP_PAGES_';
}

export const samples: Record<SampleKind['name'], SampleKind> = {
  app: {
    name: 'app',
    title: 'Next.js App Router sample',
    dir: 'samples/next-app-router',
    port: 3002,
    appId: 'sample-next-app-router',
    appSecret: 'sample-secret-not-for-production',
    idpPrefix: 'IDP_',
  },
  pages: {
    name: 'pages',
    title: 'Next.js Pages Router sample',
    dir: 'samples/next-pages-router',
    port: 3003,
    appId: 'sample-next-pages-router',
    appSecret: 'sample-pages-secret-not-for-production',
    idpPrefix: 'IDP_PAGES_',
  },
};

/** Port of the local identity provider unless IDP_PORT says otherwise. */
export const defaultIdpPort = 3001;
