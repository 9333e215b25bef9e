import DataLoader from 'dataloader';

/**
 * Writes one statement for many callers (group commit): `write(items)` gets every item that arrived while
 * the previous group's statement was in flight, and within `gatherMs` of the first. Each caller's promise
 * settles only once the statement holding its item has finished, so nothing is answered before it is
 * recorded. `write` answers each item in order: nothing when written, an Error when not. Under load, one
 * statement a caller was a large share of the work (ADR 0010, ADR 0033).
 *
 * DataLoader does the gathering and the answering; its schedule is what makes a group wait for the
 * previous statement rather than run beside it.
 */
export function groupedWrites<T>(
  write: (items: T[]) => Promise<ReadonlyArray<Error | undefined>>,
  options: { gatherMs: number; maxGroup?: number },
): (item: T) => Promise<void> {
  let previous: Promise<unknown> = Promise.resolve();
  const loader = new DataLoader<T, void>(
    (items) => {
      const written = write([...items]);
      previous = written.catch(() => undefined);
      return written;
    },
    {
      cache: false,
      maxBatchSize: options.maxGroup ?? Infinity,
      batchScheduleFn: (dispatch) => {
        const window =
          options.gatherMs > 0 ? new Promise((resolve) => setTimeout(resolve, options.gatherMs)) : undefined;
        void Promise.all([previous, window]).then(dispatch);
      },
    },
  );
  return (item) => loader.load(item);
}
