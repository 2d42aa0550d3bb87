/** What an adapter's spec hands a contract: a store to test and how to release it afterwards. */
export interface Harness<TStore> {
  store: TStore;
  dispose(): Promise<void>;
}

/**
 * Registers a port's contract tests against one adapter. With `open` undefined (no server configured)
 * the suite registers as skipped, with the reason in its title, so the run reports it rather than hiding it.
 */
export function describeContract<TStore>(
  port: string,
  adapterName: string,
  open: (() => Promise<Harness<TStore>>) | undefined,
  skipReason: string | undefined,
  registerTests: (store: () => TStore) => void,
): void {
  if (!open) {
    describe.skip(`${port} contract: ${adapterName} (skipped: ${skipReason ?? 'no store available'})`, () => {
      registerTests(() => {
        throw new Error('skipped suite has no store');
      });
    });
    return;
  }

  describe(`${port} contract: ${adapterName}`, () => {
    let harness: Harness<TStore> | undefined;
    beforeAll(async () => {
      harness = await open();
    });
    afterAll(async () => {
      await harness?.dispose();
    });
    registerTests(() => {
      if (!harness) throw new Error('the store did not open');
      return harness.store;
    });
  });
}
