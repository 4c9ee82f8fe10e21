/**
 * oidc-provider's storage adapter, in memory. The package's own one warns on
 * every start and forgets entries past its first thousand; this one keeps
 * everything until it expires, which suits a development provider whose state
 * is meant to vanish when it stops.
 */
import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  /** Epoch milliseconds; undefined means no expiry. */
  expiresAt?: number;
}

const entries = new Map<string, Entry>();
const sessionIdsByUid = new Map<string, string>();
const keysByGrant = new Map<string, Set<string>>();

// Models whose entries belong to a grant and go when the grant is revoked.
const grantBound = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest']);

// Abandoned sign-ins (an /auth request nobody finishes) leave an Interaction each:
// keep only the newest ones, so a flood of them cannot grow the process without bound.
const maxInteractions = 1000;
const interactionKeys = new Set<string>();

function forget(key: string): void {
  entries.delete(key);
  interactionKeys.delete(key);
}

function live(key: string): AdapterPayload | undefined {
  const entry = entries.get(key);
  if (entry?.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
    forget(key);
    return undefined;
  }
  return entry?.payload;
}

/** Drops every expired entry, and the indexes that point to them. */
export function evictExpired(now = Date.now()): void {
  for (const [key, entry] of entries) {
    if (entry.expiresAt !== undefined && entry.expiresAt <= now) forget(key);
  }
  for (const [uid, id] of sessionIdsByUid) {
    if (!entries.has(`Session:${id}`)) sessionIdsByUid.delete(uid);
  }
  for (const [grantId, keys] of keysByGrant) {
    for (const key of keys) if (!entries.has(key)) keys.delete(key);
    if (keys.size === 0) keysByGrant.delete(grantId);
  }
}

setInterval(() => evictExpired(), 60_000).unref();

/** How many entries the store holds (for tests and troubleshooting). */
export function storeSize(): number {
  return entries.size;
}

export class MemoryStore implements Adapter {
  constructor(private readonly model: string) {}

  private key(id: string): string {
    return `${this.model}:${id}`;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const key = this.key(id);
    entries.set(key, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
    if (this.model === 'Interaction') {
      interactionKeys.delete(key);
      interactionKeys.add(key);
      // A Set iterates oldest first.
      while (interactionKeys.size > maxInteractions) forget(interactionKeys.values().next().value!);
    }
    if (this.model === 'Session' && typeof payload.uid === 'string') sessionIdsByUid.set(payload.uid, id);
    if (grantBound.has(this.model) && typeof payload.grantId === 'string') {
      const keys = keysByGrant.get(payload.grantId) ?? new Set<string>();
      keys.add(key);
      keysByGrant.set(payload.grantId, keys);
    }
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return live(this.key(id));
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const id = sessionIdsByUid.get(uid);
    return id === undefined ? undefined : this.find(id);
  }

  async findByUserCode(): Promise<AdapterPayload | undefined> {
    return undefined; // The device flow is not enabled.
  }

  async consume(id: string): Promise<void> {
    const payload = live(this.key(id));
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    forget(this.key(id));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const key of keysByGrant.get(grantId) ?? []) forget(key);
    keysByGrant.delete(grantId);
  }
}
