import { DataKeyDestroyedError } from '../ports/key-store.port';

/**
 * A subject's data key, made when it has none: `insert` must keep the first of two racing writers' keys (an insert
 * that ignores a duplicate), and the key is then read back so both writers use the same one.
 */
export async function findOrMakeDataKey(subject: string, find: () => Promise<Buffer | 'destroyed' | undefined>, insert: () => Promise<void>): Promise<Buffer> {
  const found = await find();
  if (found === 'destroyed') throw new DataKeyDestroyedError(subject);
  if (found) return found;
  await insert();
  const made = await find();
  if (made === 'destroyed' || made === undefined) throw new DataKeyDestroyedError(subject);
  return made;
}
