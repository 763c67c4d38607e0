import type { Doc } from "../../nlp/doc.ts";
import type { Entity, Span } from "../../nlp/types.ts";
import { findBody, orgOf, type Organization } from "../../data/organizations.ts";

/** The organization an ORG or BODY entity names. */
export function entOrg(e: Entity): string | null {
  if (e.label === "ORG") return e.norm;
  if (e.label === "BODY") return e.org ?? null;
  return null;
}

const distance = (a: Span, b: Span): number => (a.start >= b.end ? a.start - b.end : Math.max(0, b.start - a.end));

/** The organization nearest to the trigger within the sentence (ORG entities first, then bodies' organizations). */
export function orgNear(doc: Doc, sentence: Span, near: Span): string | null {
  const ents = doc.entsIn(sentence).filter((e) => entOrg(e) && !isGenericAlone(doc, e));
  const orgs = ents.filter((e) => e.label === "ORG");
  const pool = orgs.length ? orgs : ents;
  pool.sort((a, b) => distance(a, near) - distance(b, near));
  return pool[0] ? entOrg(pool[0]) : null;
}

/** A generic body name ("Security Council") with no organization beside it names no body of that organization. */
export function isGenericAlone(doc: Doc, e: Entity): boolean {
  if (e.label !== "BODY" || e.rule !== "gazetteer:generic") return false;
  const around = doc.text.slice(Math.max(0, e.start - 12), e.end + 16);
  return !doc.ents.some((o) => o.label === "ORG" && o.norm === e.org && around.includes(o.text));
}

export interface BodyRef {
  org: string;
  body: string;
  span: Span;
}

/** Meeting bodies named in a span, re-read as bodies of `org` when the article's organization has a body so named. */
export function bodiesIn(doc: Doc, span: Span, org: string | null): BodyRef[] {
  const out: BodyRef[] = [];
  for (const e of doc.entsIn(span, "BODY")) {
    if (isGenericAlone(doc, e)) continue;
    const own = org ? findBody(org, e.norm) : undefined;
    const ref = own && org ? { org, body: own.name } : e.org ? { org: e.org, body: e.norm } : null;
    if (!ref) continue;
    const meets = findBody(ref.org, ref.body)?.meets ?? false;
    if (meets && !out.some((b) => b.body === ref.body && b.org === ref.org)) out.push({ ...ref, span: { start: e.start, end: e.end } });
  }
  return out;
}

/** The body of an organization that brings together the given members ("foreign ministers"). */
export function bodyByMembers(org: string | null, members: string): string | null {
  const o: Organization | undefined = orgOf(org);
  if (!o) return null;
  if (members === "heads of state" && o.summitBody) return o.summitBody;
  return o.bodies.find((b) => b.meets && b.members === members)?.name ?? null;
}

export function summitBodyOf(org: string | null): string | null {
  return orgOf(org)?.summitBody ?? null;
}
