import type { PersonDetail } from "../knowledge/api.ts";
import type { Store } from "../store/types.ts";

/** A person identity by its key (the knowledge store finds people by name; the key picks one of them). */
export async function personByKey(store: Store, key: string): Promise<PersonDetail | null> {
  const summary = (await store.knowledge.people()).find((p) => p.key === key);
  if (!summary) return null;
  return (await store.knowledge.person(summary.name)).find((p) => p.key === key) ?? null;
}

/** Every name used for a person (in any article) → the identity's key, for linking names to person pages. */
export async function personKeysByName(store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const p of await store.knowledge.people()) for (const n of [p.name, ...p.names.map((x) => x.value)]) if (!out.has(n)) out.set(n, p.key);
  return out;
}

/** For one article: its event facts' index → merged event key. */
export async function eventKeysOf(store: Store, slug: string): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (const e of await store.knowledge.timeline({})) for (const s of e.sources) if (s.article === slug) out.set(s.index, e.key);
  return out;
}
