import { canonicalOf } from "./canonical.ts";
import { clusterPeople } from "./person-clusters.ts";
import { parseName } from "./person-name.ts";
import { SourcedValues } from "./sourced.ts";
import { compareRefs, refKey, type FactRef, type KnowledgeArticle, type PersonInput, type Sourced } from "./types.ts";

/** One person across articles. */
export interface Identity {
  /** Stable identity: the smallest fact reference among the person's mentions. */
  key: string;
  /** The fullest, most used form of the name. */
  name: string;
  names: Sourced<string>[];
  roles: Sourced<string>[];
  sources: FactRef[];
}

export function personInputs(articles: readonly KnowledgeArticle[]): PersonInput[] {
  return articles.flatMap((a) =>
    a.people.map((fact, index) => ({ ref: { article: a.slug, index, ...(a.articleId === undefined ? {} : { articleId: a.articleId }) }, fact })),
  );
}

const LEVEL_RANK = { full: 2, initial: 1, surname: 0 };

export function buildIdentities(inputs: readonly PersonInput[]): Identity[] {
  return clusterPeople(inputs).map(identityOf);
}

/** One cluster of person mentions folded into an identity (names and roles with their sources). */
export function identityOf(cluster: readonly PersonInput[]): Identity {
  const members = [...cluster].sort((a, b) => compareRefs(a.ref, b.ref));
  const names = new SourcedValues<string>();
  const roles = new SourcedValues<string>();
  for (const { ref, fact } of members) {
    names.add(fact.name, ref);
    for (const r of fact.roles) roles.add([r.title, canonicalOf(r.of)].filter(Boolean).join(", "), ref);
  }
  const named = names.list();
  const best = [...named].sort((a, b) =>
    LEVEL_RANK[parseName(b.value).level] - LEVEL_RANK[parseName(a.value).level] ||
    b.value.split(/\s+/).length - a.value.split(/\s+/).length || b.sources.length - a.sources.length || (a.value < b.value ? -1 : 1));
  return { key: refKey(members[0]!.ref), name: best[0]!.value, names: named, roles: roles.list(), sources: members.map((m) => m.ref) };
}

/** Identity key of each person mention, by its refKey. */
export function identityIndex(identities: readonly Identity[]): Map<string, Identity> {
  const out = new Map<string, Identity>();
  for (const id of identities) for (const s of id.sources) out.set(refKey(s), id);
  return out;
}
