import type { Adapter, AdapterPayload } from 'oidc-provider';

/**
 * Storage for the provider's short-lived artefacts. Access tokens are self-contained JWTs and client-credential
 * tokens too, so little lands here; what does (replay guards, sessions) lives in memory with its expiry.
 */
export class ExpiringMemoryStorage implements Adapter {
  private static readonly entries = new Map<string, { payload: AdapterPayload; expiresAt: number }>();

  constructor(private readonly model: string) {}

  private key(id: string): string {
    return `${this.model}:${id}`;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    ExpiringMemoryStorage.sweep();
    ExpiringMemoryStorage.entries.set(this.key(id), { payload, expiresAt: Date.now() + expiresIn * 1000 });
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    const entry = ExpiringMemoryStorage.entries.get(this.key(id));
    return entry && entry.expiresAt > Date.now() ? entry.payload : undefined;
  }

  async findByUserCode(): Promise<undefined> {
    return undefined;
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    for (const entry of ExpiringMemoryStorage.entries.values()) if (entry.payload.uid === uid && entry.expiresAt > Date.now()) return entry.payload;
    return undefined;
  }

  async consume(id: string): Promise<void> {
    const entry = ExpiringMemoryStorage.entries.get(this.key(id));
    if (entry) entry.payload = { ...entry.payload, consumed: Math.floor(Date.now() / 1000) };
  }

  async destroy(id: string): Promise<void> {
    ExpiringMemoryStorage.entries.delete(this.key(id));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const [key, entry] of ExpiringMemoryStorage.entries) if (entry.payload.grantId === grantId) ExpiringMemoryStorage.entries.delete(key);
  }

  private static sweep(): void {
    if (ExpiringMemoryStorage.entries.size < 10_000) return;
    const now = Date.now();
    for (const [key, entry] of ExpiringMemoryStorage.entries) if (entry.expiresAt <= now) ExpiringMemoryStorage.entries.delete(key);
  }
}
