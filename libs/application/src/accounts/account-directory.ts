import { accountDecider, accountStream, type OpenAccountState } from '@pdr/procedures';
import type { CommandProcessor } from '../commands/command-processor';
import { deterministicId } from '../commands/deterministic-id';

export type OpenAccount = OpenAccountState;

/** User names are compared in lower case: `Ada` and `ada` are one account. */
export const normaliseUsername = (username: string): string => username.trim().toLowerCase();

/** An account's id follows from its user name, so opening the same name twice meets the same stream (no-stream guards it). */
export const accountIdFor = (username: string): string => deterministicId('account', normaliseUsername(username));

/** Accounts read from their own streams in the log: no read model stands between a sign-in and the truth. */
export class AccountDirectory {
  constructor(private readonly processor: CommandProcessor) {}

  async find(accountId: string): Promise<OpenAccount | undefined> {
    const { state } = await this.processor.state(accountStream(accountId), accountDecider);
    return state.status === 'open' ? { ...state, status: 'open' } : undefined;
  }

  findByUsername(username: string): Promise<OpenAccount | undefined> {
    return this.find(accountIdFor(username));
  }
}
