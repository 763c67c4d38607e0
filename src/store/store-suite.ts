// One suite, every adapter: each adapter's test file calls storeSuite with a factory for a fresh, empty store.
import { test } from "node:test";
import type { Store } from "./types.ts";
import { filterTests } from "./suite/filters.ts";
import { readBackTests } from "./suite/read-back.ts";
import { searchTests } from "./suite/search.ts";
import { writeTests } from "./suite/writes.ts";
import { copyTests } from "./suite/copies.ts";
import { unitTests } from "./suite/units.ts";

/** Registers one test: it gets a fresh store, which is closed whatever happens. */
export type StoreTest = (title: string, fn: (store: Store) => Promise<void>) => void;

export function storeSuite(name: string, open: () => Promise<Store>): void {
  const withStore: StoreTest = (title, fn) =>
    test(`${name}: ${title}`, async () => {
      const store = await open();
      try {
        await fn(store);
      } finally {
        await store.close();
      }
    });
  readBackTests(withStore);
  writeTests(withStore);
  filterTests(withStore);
  searchTests(withStore);
  copyTests(withStore);
  unitTests(withStore);
}
