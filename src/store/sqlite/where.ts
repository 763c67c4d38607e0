/** A WHERE clause under construction: SQL fragments and their parameters, always bound, never interpolated. */
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

/** Idents are ours (never user text): a fact's person-key column matched with an escaped LIKE pattern. */
export const personMatch = (column: string) => `${column} LIKE ? ESCAPE '\\'`;

/** "SELECT value FROM json_each(?)" binds a whole id list as one parameter. */
export const idList = (ids: number[]) => JSON.stringify(ids);
