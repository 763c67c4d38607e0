import { resolve } from "node:path";
import type { Database, Statement } from "better-sqlite3";
import type { Driver, Row, Session } from "../sql/db.ts";
import { sqliteDialect } from "./dialect.ts";

// better-sqlite3 binds numbers, strings, bigints, buffers and null only.
const bindable = (v: unknown) => (v === undefined ? null : v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v) : v);

/**
 * Writers of one file in this process take turns. A second connection's BEGIN IMMEDIATE would otherwise wait for the
 * lock synchronously, blocking the very thread the first transaction needs to finish.
 */
const turns = new Map<string, { queue: Promise<unknown> }>();
const turnsOf = (db: Database) => {
  if (db.memory) return { queue: Promise.resolve() as Promise<unknown> };
  const key = resolve(db.name);
  let t = turns.get(key);
  if (!t) turns.set(key, (t = { queue: Promise.resolve() }));
  return t;
};

/**
 * better-sqlite3 behind the async driver interface. Transactions take turns (a queue per file), so one async flow's
 * BEGIN never lands inside another's.
 */
export class SqliteDriver implements Driver {
  readonly dialect = sqliteDialect;
  private readonly statements = new Map<string, Statement>();
  private readonly turns: { queue: Promise<unknown> };

  constructor(readonly db: Database) {
    this.turns = turnsOf(db);
  }

  private statement(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      // Statements built for a list's length vary; a bounded cache keeps memory flat on a long run.
      if (this.statements.size >= 1000) this.statements.clear();
      this.statements.set(sql, (s = this.db.prepare(sql)));
    }
    return s;
  }

  async query(sql: string, params: readonly unknown[]): Promise<Row[]> {
    const s = this.statement(sql);
    const args = params.map(bindable);
    if (s.reader) return s.all(...args) as Row[];
    s.run(...args);
    return [];
  }

  async each(sql: string, rows: readonly (readonly unknown[])[]): Promise<Row[]> {
    const s = this.statement(sql);
    const out: Row[] = [];
    for (const params of rows) {
      const args = params.map(bindable);
      if (s.reader) out.push(...(s.all(...args) as Row[]));
      else s.run(...args);
    }
    return out;
  }

  async insertEach(sql: string, rows: readonly (readonly unknown[])[]): Promise<(number | null)[]> {
    const s = this.statement(sql);
    // The rowid of each insert, without RETURNING's result rows (allocated per row, then thrown away).
    return rows.map((params) => {
      const r = s.run(...params.map(bindable));
      return r.changes ? Number(r.lastInsertRowid) : null;
    });
  }

  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
    // DDL can change what a prepared statement means: prepare again after a schema change (not after a savepoint).
    if (!/^\s*(SAVEPOINT|RELEASE|ROLLBACK)\b/i.test(sql)) this.statements.clear();
  }

  begin<T>(fn: (s: Session) => Promise<T>): Promise<T> {
    const turn = this.turns.queue.then(async () => {
      // IMMEDIATE takes the write lock first, so a read-then-write transaction never fails half-way on another process.
      this.db.exec("BEGIN IMMEDIATE");
      try {
        const out = await fn(this);
        this.db.exec("COMMIT");
        return out;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        throw err;
      }
    });
    this.turns.queue = turn.catch(() => undefined);
    return turn;
  }
}
