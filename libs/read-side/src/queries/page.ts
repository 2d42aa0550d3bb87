export interface Page<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

export interface Paging {
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
}

/** A user-typed text matched literally, case-insensitively, anywhere in a field. */
export function containsText(text: string): { $regex: string; $options: string } {
  return { $regex: text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), $options: 'i' };
}
