/** A WHERE clause with numbered placeholders ($1, $2...): values are always bound, never interpolated. */
export class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];

  /** `sql` uses `$` for each value in turn; they become $n in order. */
  add(sql: string, ...values: unknown[]): this {
    let i = 0;
    this.parts.push(sql.replace(/\$(?!\d)/g, () => this.placeholder(values[i++])));
    return this;
  }

  /** A placeholder for one more value, for LIMIT/OFFSET and the like. */
  placeholder(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join(" AND ")}` : "";
  }
}

/** Column names are ours (never user text): a fact's person-key column matched with an escaped LIKE pattern. */
export const personMatch = (column: string) => `${column} LIKE $ ESCAPE '\\'`;
