import { AsyncLocalStorage } from "node:async_hooks";
import type { Dialect } from "./dialect.ts";

export type Row = Record<string, unknown>;

/** One connection's way to run a statement (the pool, or the connection a transaction holds). */
export interface Session {
  query(sql: string, params: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * One statement run once per row of parameters, the rows it returns in order. Where a statement prepared once is
   * cheap to run (SQLite, in process), this beats a multi-row statement whose text changes with the row count.
   */
  each?(sql: string, rows: readonly (readonly unknown[])[]): Promise<Row[]>;
  /** With `each`: an INSERT run once per row, the id of each row inserted (in order; null where none was). */
  insertEach?(sql: string, rows: readonly (readonly unknown[])[]): Promise<(number | null)[]>;
}

/** What an adapter provides: its dialect, statements on any connection, and a transaction on one connection. */
export interface Driver extends Session {
  readonly dialect: Dialect;
  /**
   * Runs fn inside BEGIN ... COMMIT on one connection (rolled back if fn throws). `lock` names a writers' lock held
   * until the end (PostgreSQL: an advisory lock; SQLite: BEGIN IMMEDIATE already serializes writers).
   */
  begin<T>(fn: (s: Session) => Promise<T>, lock?: string): Promise<T>;
}

/** The transaction an async flow is in; `children` chains its savepoints, which take turns on the one connection. */
interface Context {
  session: Session;
  children: Promise<unknown>;
}

/**
 * The store's SQL access, the same for every adapter: statements written with `?` run on the transaction the
 * calling async context is in (so code inside a transaction needs no connection passed around), or on the pool.
 * A transaction inside a transaction is a savepoint.
 */
export class SqlDb {
  private readonly current = new AsyncLocalStorage<Context>();
  private savepoints = 0;
  private readonly texts = new Map<string, string>();

  constructor(readonly driver: Driver) {}

  get dialect(): Dialect {
    return this.driver.dialect;
  }

  private session(): Session {
    return this.current.getStore()?.session ?? this.driver;
  }

  private text(sql: string): string {
    let t = this.texts.get(sql);
    if (t === undefined) {
      if (this.texts.size >= 1000) this.texts.clear();
      this.texts.set(sql, (t = this.dialect.placeholders(sql)));
    }
    return t;
  }

  all<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.session().query(this.text(sql), params) as Promise<T[]>;
  }

  async get<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  /** The first column of the first row. */
  async value<T>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    const row = await this.get(sql, params);
    return row ? (Object.values(row)[0] as T) : undefined;
  }

  /** Whether the connection runs a prepared statement per row cheaply (see Session.each): then prefer `each`. */
  get rowByRow(): boolean {
    return this.driver.each !== undefined;
  }

  /** The statement once per row of parameters (one prepared statement where the driver can). */
  async each<T = Row>(sql: string, rows: readonly (readonly unknown[])[]): Promise<T[]> {
    const s = this.session();
    const text = this.text(sql);
    if (s.each) return (await s.each(text, rows)) as T[];
    const out: T[] = [];
    for (const r of rows) out.push(...((await s.query(text, r)) as T[]));
    return out;
  }

  /** An INSERT once per row: each row's new id, in order (RETURNING id where the driver has no cheaper way). */
  async insertEach(sql: string, rows: readonly (readonly unknown[])[]): Promise<(number | null)[]> {
    const s = this.session();
    if (s.insertEach) return s.insertEach(this.text(sql), rows);
    const out: (number | null)[] = [];
    for (const r of rows) {
      const [row] = await s.query(this.text(`${sql} RETURNING id`), r);
      out.push(row ? Number(row.id) : null);
    }
    return out;
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<void> {
    await this.all(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.session().exec(sql);
  }

  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  transaction<T>(fn: () => Promise<T>, lock?: string): Promise<T> {
    const outer = this.current.getStore();
    if (!outer) return this.driver.begin((session) => this.current.run({ session, children: Promise.resolve() }, fn), lock);
    const { session } = outer;
    const name = `sp${++this.savepoints}`;
    const turn = outer.children.then(() => this.current.run({ session, children: Promise.resolve() }, async () => {
      await session.exec(`SAVEPOINT ${name}`);
      try {
        const out = await fn();
        await session.exec(`RELEASE SAVEPOINT ${name}`);
        return out;
      } catch (err) {
        await session.exec(`ROLLBACK TO SAVEPOINT ${name}; RELEASE SAVEPOINT ${name}`);
        throw err;
      }
    }));
    outer.children = turn.catch(() => undefined);
    return turn;
  }
}
