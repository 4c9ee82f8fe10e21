/**
 * Terms that stay in English in every translation: product, framework and API
 * names. A zh-CN file must keep each term its English source uses, and must
 * not use the known translations listed for it.
 */
export interface GlossaryTerm {
  term: string;
  /** Renderings that translate the term away; finding one is a violation. */
  forbidden?: string[];
}

export const GLOSSARY: GlossaryTerm[] = [
  { term: 'Logto', forbidden: ['罗格托'] },
  { term: 'SDK', forbidden: ['软件开发工具包', '软件开发包'] },
  { term: 'API', forbidden: ['应用程序接口', '应用程序编程接口'] },
  { term: 'Next.js' },
  { term: 'App Router', forbidden: ['应用路由器', '应用路由'] },
  { term: 'Pages Router', forbidden: ['页面路由器', '页面路由'] },
  { term: 'React' },
  { term: 'Redis' },
  { term: 'OpenID Connect' },
  { term: 'OIDC' },
  { term: 'OAuth' },
  { term: 'JWT' },
  { term: 'PKCE' },
  { term: 'RBAC' },
  { term: 'Logto Cloud', forbidden: ['Logto 云'] },
  { term: 'LogtoClient' },
  { term: 'LogtoNextConfig' },
  { term: 'getLogtoContext' },
  { term: 'getAccessToken' },
  { term: 'getAccessTokenRSC' },
  { term: 'getOrganizationToken' },
  { term: 'getOrganizationTokenRSC' },
  { term: 'handleSignIn' },
  { term: 'signIn' },
  { term: 'signOut' },
  { term: 'createKVSessionWrapper' },
  { term: 'UserScope' },
];

/** Start offsets of whole-word occurrences (no ASCII letter or digit glued on either side). */
export function findTerm(text: string, term: string): number[] {
  const hits: number[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(term, from);
    if (at === -1) return hits;
    const before = text[at - 1];
    const after = text[at + term.length];
    if (!isWordChar(before) && !isWordChar(after)) hits.push(at);
    from = at + 1;
  }
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z0-9_]/.test(char);
}
