let pending: Promise<unknown> = Promise.resolve();

/**
 * The close of the campaign left last, which runs after its screens' last saves. Main hands an
 * already-open file its existing id, so a campaign opened again before that close lands would be
 * closed under the user: opening waits for it.
 */
export const campaignClosing = {
  track(closing: Promise<unknown>): void {
    pending = closing.catch(() => undefined);
  },
  settled(): Promise<unknown> {
    return pending;
  },
};
