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

function live(key: string): AdapterPayload | undefined {
  const entry = entries.get(key);
  if (entry?.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
    entries.delete(key);
    return undefined;
  }
  return entry?.payload;
}

export class MemoryStore implements Adapter {
  constructor(private readonly model: string) {}

  private key(id: string): string {
    return `${this.model}:${id}`;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const key = this.key(id);
    entries.set(key, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
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
    entries.delete(this.key(id));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const key of keysByGrant.get(grantId) ?? []) entries.delete(key);
    keysByGrant.delete(grantId);
  }
}
