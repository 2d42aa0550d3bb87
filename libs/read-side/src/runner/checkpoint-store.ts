import type { ReadStore } from '@pdr/application';

export const CHECKPOINTS_COLLECTION = 'projection_checkpoints';

export interface Checkpoint {
  readonly position: number;
  readonly version: number;
}

type CheckpointDocument = { _id: string; position: number; version: number; updatedAt: string };

/** Checkpoints live beside the read models they describe, so they survive exactly as long as those do. */
export class CheckpointStore {
  constructor(private readonly store: ReadStore) {}

  async load(id: string): Promise<Checkpoint | undefined> {
    const found = await this.store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).findOne({ _id: id });
    return found ? { position: found.position, version: found.version } : undefined;
  }

  async save(id: string, checkpoint: Checkpoint, at: Date): Promise<void> {
    await this.store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION).bulkWrite([
      { updateOne: { filter: { _id: id }, update: { $set: { position: checkpoint.position, version: checkpoint.version, updatedAt: at.toISOString() } }, upsert: true } },
    ]);
  }

  async remove(id: string): Promise<void> {
    await this.store.collection(CHECKPOINTS_COLLECTION).bulkWrite([{ deleteOne: { filter: { _id: id } } }]);
  }
}
