import { compareRefs, type FactRef, type Sourced } from "./types.ts";

/** Collects values with their sources; values compared by `key`, first-seen form kept (inputs come sorted by ref). */
export class SourcedValues<T> {
  private readonly byKey = new Map<string, Sourced<T>>();

  constructor(private readonly key: (v: T) => string = (v) => String(v)) {}

  add(value: T | null | undefined, ref: FactRef): void {
    if (value === null || value === undefined || value === "") return;
    const k = this.key(value);
    const hit = this.byKey.get(k);
    if (!hit) this.byKey.set(k, { value, sources: [ref] });
    else if (!hit.sources.some((s) => compareRefs(s, ref) === 0)) hit.sources.push(ref);
  }

  /** Most sourced first, then by value, so the order is independent of ingest order. */
  list(): Sourced<T>[] {
    return [...this.byKey.values()].sort(
      (a, b) => b.sources.length - a.sources.length || (this.key(a.value) < this.key(b.value) ? -1 : 1),
    );
  }
}
