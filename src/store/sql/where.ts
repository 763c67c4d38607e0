/** A WHERE clause under construction: SQL fragments with `?` and their values, always bound, never interpolated. */
export class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];

  add(sql: string, ...params: unknown[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }

  sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join(" AND ")}` : "";
  }
}

/** A fact's person-key column (ours, never user text) matched with an escaped LIKE pattern. */
export const personMatch = (column: string) => `${column} LIKE ? ESCAPE '\\'`;
