import { openStore } from "../store/open.ts";
import type { Store } from "../store/types.ts";

/** Opens the store named by --db, runs fn, and always closes it. */
export async function withStore<T>(target: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(target);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
