import { groupedWrites } from './grouped-writes';

describe('groupedWrites', () => {
  /** A write that records each group and finishes when the test says so. */
  const recordingWrite = () => {
    const groups: number[][] = [];
    const finish: Array<() => void> = [];
    const write = (items: number[]) => {
      groups.push(items);
      return new Promise<Array<Error | undefined>>((resolve) =>
        finish.push(() => resolve(items.map((item) => (item < 0 ? new Error(`no ${item}`) : undefined)))),
      );
    };
    return { groups, finish, write };
  };
  const settled = () => new Promise((resolve) => setImmediate(resolve));

  it('writes the items of one moment together, and those arriving meanwhile in the next group', async () => {
    const { groups, finish, write } = recordingWrite();
    const add = groupedWrites(write, { gatherMs: 0 });
    const first = [add(1), add(2), add(3)];
    await settled();
    const second = [add(4), add(5)];
    await settled();
    // The second group waits for the first's write to finish.
    expect(groups).toEqual([[1, 2, 3]]);

    finish[0]();
    await Promise.all(first);
    await settled();
    expect(groups).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    finish[1]();
    await Promise.all(second);
  });

  it("answers each caller with its own item's outcome", async () => {
    const { finish, write } = recordingWrite();
    const add = groupedWrites(write, { gatherMs: 0 });
    const outcomes = Promise.allSettled([add(1), add(-2), add(3)]);
    await settled();
    finish[0]();
    expect((await outcomes).map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('a failed write does not hold back the next group', async () => {
    const add = groupedWrites(
      async (items: number[]) => {
        if (items.includes(0)) throw new Error('the database went away');
        return items.map(() => undefined);
      },
      { gatherMs: 0 },
    );
    await expect(add(0)).rejects.toThrow('the database went away');
    await expect(add(1)).resolves.toBeUndefined();
  });
});
