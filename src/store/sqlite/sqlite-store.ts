import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { StoreError } from "../../errors.ts";
import { SqlDb } from "../sql/db.ts";
import { SqlStore } from "../sql/sql-store.ts";
import { SqliteDriver } from "./driver.ts";
import { sqliteLegacyVersion } from "./legacy-version.ts";

function open(path: string): Database.Database {
  try {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma("journal_mode = WAL");
    // With WAL, NORMAL syncs at checkpoints, not at every commit (the commit was most of a batch's wait). A killed
    // process loses nothing committed; a power cut may take back the last transactions whole (article and merge
    // together), which a re-run stores again.
    db.pragma("synchronous = NORMAL");
    // 16 MB of page cache (the default is 2 MB): a writer touches many indexes per article, and the lookups of the
    // next article (near-duplicate bands, signatures) missed the cache (4,000-article ingest: 28 → 26 s).
    db.pragma("cache_size = -16384");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 10000");
    return db;
  } catch (err) {
    throw new StoreError(`cannot open SQLite database ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/** The SQLite adapter (better-sqlite3): synchronous underneath, async at the interface like every adapter. */
export class SqliteStore extends SqlStore {
  readonly kind = "sqlite" as const;
  readonly db: Database.Database;

  constructor(readonly path: string) {
    const db = open(path);
    super(new SqlDb(new SqliteDriver(db)), sqliteLegacyVersion);
    this.db = db;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  protected failure(what: string, err: Error): StoreError {
    return new StoreError(`SQLite ${what} failed on ${this.path}: ${err.message}`, { cause: err });
  }
}
