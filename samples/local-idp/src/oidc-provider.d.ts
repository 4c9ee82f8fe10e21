/**
 * The part of oidc-provider 8's API this provider uses. The package ships no
 * types of its own, and these few declarations keep `tsc` strict without adding
 * a dependency.
 */
declare module 'oidc-provider' {
  type IncomingMessage = import('node:http').IncomingMessage;
  type ServerResponse = import('node:http').ServerResponse;

  export interface Client {
    clientId: string;
  }

  export interface RefreshToken {
    accountId: string;
    clientId: string;
    grantId: string;
    sessionUid?: string;
    sid?: string;
    expiresWithSession?: boolean;
    isExpired: boolean;
    consumed?: unknown;
    scopes: Set<string>;
  }

  export interface Grant {
    clientId: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
  }

  export interface ResourceServerInfo {
    scope: string;
    audience?: string;
    accessTokenFormat?: 'opaque' | 'jwt';
    accessTokenTTL?: number;
  }

  export interface ResourceServer {
    identifier(): string;
  }

  export interface AccessToken {
    gty?: string;
    expiration: number;
    resourceServer?: ResourceServer;
    scope?: string;
    save(): Promise<string>;
  }

  export interface Interaction {
    uid: string;
    grantId?: string;
    params: Record<string, unknown>;
    prompt: { name: string; details: Record<string, unknown> };
    session?: { accountId?: string };
  }

  export interface KoaContextWithOIDC {
    type: string;
    body: unknown;
    oidc: {
      provider: Provider;
      client?: Client;
      params?: Record<string, unknown>;
    };
  }

  export type Next = () => Promise<void>;

  export interface Account {
    accountId: string;
    claims: (use: string, scope: string) => Record<string, unknown> | Promise<Record<string, unknown>>;
  }

  export type AdapterPayload = Record<string, unknown> & { consumed?: number };

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export interface Configuration {
    adapter?: new (model: string) => Adapter;
    clients?: Array<Record<string, unknown>>;
    jwks?: { keys: Array<Record<string, unknown>> };
    cookies?: { keys?: string[] };
    scopes?: string[];
    claims?: Record<string, string[]>;
    conformIdTokenClaims?: boolean;
    findAccount?: (ctx: KoaContextWithOIDC, id: string) => Promise<Account | undefined>;
    interactions?: { url: (ctx: KoaContextWithOIDC, interaction: Interaction) => string };
    features?: {
      devInteractions?: { enabled: boolean };
      revocation?: { enabled: boolean };
      userinfo?: { enabled: boolean };
      rpInitiatedLogout?: {
        enabled: boolean;
        logoutSource?: (ctx: KoaContextWithOIDC, form: string) => Promise<void>;
        postLogoutSuccessSource?: (ctx: KoaContextWithOIDC) => Promise<void>;
      };
      resourceIndicators?: {
        enabled: boolean;
        defaultResource?: (ctx: KoaContextWithOIDC) => string | undefined;
        useGrantedResource?: (ctx: KoaContextWithOIDC) => boolean;
        getResourceServerInfo?: (ctx: KoaContextWithOIDC, resource: string) => ResourceServerInfo;
      };
    };
    rotateRefreshToken?: boolean;
    ttl?: Record<string, number>;
    renderError?: (ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }, error: unknown) => Promise<void>;
  }

  class OIDCError extends Error {
    constructor(detail?: string);
    error_description: string;
  }

  export const errors: {
    InvalidClient: typeof OIDCError;
    InvalidGrant: typeof OIDCError;
    InvalidRequest: typeof OIDCError;
    InvalidTarget: typeof OIDCError;
  };

  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly issuer: string;
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
    on(event: string, listener: (token: AccessToken) => void): this;
    registerGrantType(name: string, handler: (ctx: KoaContextWithOIDC, next: Next) => Promise<void>, parameters: string[]): void;
    interactionDetails(request: IncomingMessage, response: ServerResponse): Promise<Interaction>;
    interactionFinished(request: IncomingMessage, response: ServerResponse, result: Record<string, unknown>, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
    RefreshToken: { find(value: string): Promise<RefreshToken | undefined> };
    Grant: { new (properties: { accountId: string; clientId: string }): Grant; find(id: string): Promise<Grant | undefined> };
    AccessToken: new (properties: Record<string, unknown>) => AccessToken;
    ResourceServer: new (identifier: string, info: ResourceServerInfo) => ResourceServer;
  }
}

declare module 'oidc-provider/lib/actions/grants/refresh_token.js' {
  import type { KoaContextWithOIDC, Next } from 'oidc-provider';
  export const handler: (ctx: KoaContextWithOIDC, next: Next) => Promise<void>;
  export const parameters: Set<string>;
}
