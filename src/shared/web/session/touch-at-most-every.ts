import { LRUCache } from 'lru-cache';

type TouchCallback = (error?: unknown) => void;

/** The parts of an express-session store that write a session's expiry: saving it whole, or renewing it. */
export interface TouchableStore {
  set(sid: string, session: never, callback?: TouchCallback): void;
  touch(sid: string, session: never, callback?: TouchCallback): void;
}

/** Sessions whose last renewal a process remembers; an older one is simply renewed again. */
const REMEMBERED_SESSIONS = 50_000;

/**
 * With rolling sessions, express-session asks the store to renew the expiry of every unchanged session on
 * every answer: for a signed-in visitor, one UPDATE and its commit per page, which the answer waits for.
 * Renewing a session at most once per `intervalMs` in this process keeps the idle timeout within
 * `intervalMs` of exact (a session idle for the whole timeout may end up to that much early) and spares
 * all the other writes. A session that changed is still saved whole by express-session, as before, and
 * that save counts as a renewal.
 */
export function touchAtMostEvery<S extends TouchableStore>(
  store: S,
  intervalMs: number,
  now: () => number = Date.now,
): S {
  const lastRenewed = new LRUCache<string, number>({ max: REMEMBERED_SESSIONS });
  const set = store.set.bind(store);
  const touch = store.touch.bind(store);
  const remembering =
    (sid: string, at: number, callback?: TouchCallback): TouchCallback =>
    (error?: unknown) => {
      if (!error) lastRenewed.set(sid, at);
      callback?.(error);
    };
  store.set = (sid, session, callback) => set(sid, session, remembering(sid, now(), callback));
  store.touch = (sid, session, callback) => {
    const at = now();
    const renewed = lastRenewed.get(sid);
    if (renewed !== undefined && at - renewed < intervalMs) return callback?.();
    touch(sid, session, remembering(sid, at, callback));
  };
  return store;
}
