/**
 * A pipeline stage in spaCy's manner: it declares what it reads and what it adds, and returns only what it adds.
 * The runner checks the order once when a pipeline is built (every input is there before it is needed, no two
 * stages add the same thing) and at run time that a stage wrote nothing it did not declare.
 */
export interface Component<S> {
  name: string;
  requires: readonly (keyof S)[];
  assigns: readonly (keyof S)[];
  run(state: Readonly<Partial<S>>): Partial<S>;
}

export class PipelineOrderError extends Error {}

/** A pipeline whose order was checked: the keys present at the start, then the stages in order. */
export interface Pipeline<S> {
  initial: readonly (keyof S)[];
  components: readonly Component<S>[];
}

export function definePipeline<S>(initial: readonly (keyof S)[], components: readonly Component<S>[]): Pipeline<S> {
  const have = new Set<keyof S>(initial);
  for (const c of components) {
    const missing = c.requires.filter((k) => !have.has(k));
    if (missing.length) throw new PipelineOrderError(`stage ${c.name} requires ${missing.map(String).join(", ")}, which no earlier stage assigns`);
    const twice = c.assigns.filter((k) => have.has(k));
    if (twice.length) throw new PipelineOrderError(`stage ${c.name} assigns ${twice.map(String).join(", ")}, already assigned before it`);
    for (const k of c.assigns) have.add(k);
  }
  return { initial, components };
}

export function runPipeline<S>(p: Pipeline<S>, start: Partial<S>): Partial<S> {
  // One state object, assigned into: copying it at every stage was a measurable share of a short article's cost.
  const state: Partial<S> = Object.assign({}, start);
  for (const c of p.components) {
    const out = c.run(state);
    const extra = (Object.keys(out) as (keyof S)[]).filter((k) => !c.assigns.includes(k));
    if (extra.length) throw new PipelineOrderError(`stage ${c.name} wrote ${extra.map(String).join(", ")}, which it does not declare`);
    Object.assign(state, out);
  }
  return state;
}

/** What each stage requires and assigns, in order (spaCy's analyze_pipes). */
export function describePipeline<S>(p: Pipeline<S>): { name: string; requires: string[]; assigns: string[] }[] {
  return p.components.map((c) => ({ name: c.name, requires: c.requires.map(String), assigns: c.assigns.map(String) }));
}
