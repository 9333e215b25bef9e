import { touchAtMostEvery, TouchableStore } from './touch-at-most-every';

function storeCountingTouches(fails = false): TouchableStore & { touched: string[]; saved: string[] } {
  const touched: string[] = [];
  const saved: string[] = [];
  return {
    touched,
    saved,
    set(sid, _session, callback) {
      saved.push(sid);
      callback?.();
    },
    touch(sid, _session, callback) {
      touched.push(sid);
      callback?.(fails ? new Error('the database is away') : undefined);
    },
  };
}

describe('touchAtMostEvery', () => {
  let clock: number;
  const now = () => clock;
  beforeEach(() => (clock = 1_000_000));

  it('renews a session once within the interval, and again after it', () => {
    const store = touchAtMostEvery(storeCountingTouches(), 60_000, now);
    const answered: unknown[] = [];
    store.touch('a', {} as never, (error) => answered.push(error));
    clock += 59_999;
    store.touch('a', {} as never, (error) => answered.push(error));
    clock += 1;
    store.touch('a', {} as never, (error) => answered.push(error));

    expect(store.touched).toEqual(['a', 'a']);
    expect(answered).toEqual([undefined, undefined, undefined]);
  });

  it('keeps each session to itself', () => {
    const store = touchAtMostEvery(storeCountingTouches(), 60_000, now);
    store.touch('a', {} as never);
    store.touch('b', {} as never);
    store.touch('a', {} as never);

    expect(store.touched).toEqual(['a', 'b']);
  });

  it('counts a session saved whole as renewed', () => {
    const store = touchAtMostEvery(storeCountingTouches(), 60_000, now);
    store.set('a', {} as never);
    clock += 30_000;
    store.touch('a', {} as never);
    clock += 30_000;
    store.touch('a', {} as never);

    expect({ saved: store.saved, touched: store.touched }).toEqual({ saved: ['a'], touched: ['a'] });
  });

  it('tries again on the next answer when a renewal failed, and passes the error on', () => {
    const store = touchAtMostEvery(storeCountingTouches(true), 60_000, now);
    const answered: unknown[] = [];
    store.touch('a', {} as never, (error) => answered.push(error));
    store.touch('a', {} as never, (error) => answered.push(error));

    expect(store.touched).toEqual(['a', 'a']);
    expect(answered).toHaveLength(2);
    expect(answered[0]).toBeInstanceOf(Error);
  });
});
