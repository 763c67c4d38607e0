import { knowledge } from "../../data/current.ts";
import type { Mention } from "./types.ts";
import { daysApart, prefixCompatible } from "../../nlp/dates/partial.ts";

export { daysApart };

/** One event being assembled from its mentions. */
export interface Draft {
  mentions: Mention[];
  kind: Mention["kind"];
  status: Mention["status"];
  org: string | null;
  bodies: string[];
  name: string | null;
  start: string | null;
  end: string | null;
  city: string | null;
  country: string | null;
  remote: boolean;
  other: boolean;
}

const datesAgree = (a: string | null, b: string | null): boolean => !a || !b || prefixCompatible(a, b);
const same = (a: string | null, b: string | null): boolean => !a || !b || a === b;

function bodiesCompatible(a: string[], b: string[]): boolean {
  return !a.length || !b.length || a.some((x) => b.includes(x));
}

/** Whether a mention can be the same event as a draft: kind, organization, bodies, date and place all agree. */
export function compatible(d: Draft, m: Mention): boolean {
  if (d.kind !== m.kind || !same(d.org, m.org) || !bodiesCompatible(d.bodies, m.bodies)) return false;
  // Held and planned are different meetings, except a drill reported both as under way and as scheduled.
  if (d.status !== m.status && d.kind === "meeting") return false;
  const dates = datesAgree(d.start, m.start) || (d.kind === "exercise" && daysApart(d.start, m.start) <= knowledge().sameEvent.exerciseSpanDays);
  if (!dates || !same(d.city, m.city) || !same(d.country, m.country)) return false;
  if (d.remote !== m.remote && (d.city || m.city)) return false;
  // "the next meeting" without a date or place is not the meeting the article reports.
  if (m.other !== d.other && !(m.start && d.start)) return false;
  if (d.name && m.name && d.name.replace(/\W/g, "") !== m.name.replace(/\W/g, "")) return false;
  return true;
}

const longer = (a: string | null, b: string | null): string | null => (!a ? b : !b ? a : b.length > a.length ? b : a);


export function absorb(d: Draft, m: Mention): void {
  d.mentions.push(m);
  // A drill's start and end reported apart ("kicked off on Sunday", "concluded on Tuesday") make its span.
  if (d.kind === "exercise" && d.start && m.start && daysApart(d.start, m.start) > 0 && daysApart(d.start, m.start) <= knowledge().sameEvent.exerciseSpanDays) {
    const ends = [d.start, d.end, m.start, m.end].filter((x): x is string => Boolean(x)).sort();
    d.start = ends[0]!;
    d.end = ends[ends.length - 1]!;
  }
  d.org ??= m.org;
  for (const b of m.bodies) if (!d.bodies.includes(b)) d.bodies.push(b);
  d.name ??= m.name;
  if (m.start && (!d.start || m.start.length > d.start.length)) {
    d.start = m.start;
    d.end = m.end;
  } else if (m.end && (d.start === m.start || (!m.start && (!d.start || m.end > d.start)))) d.end ??= m.end;
  d.city ??= m.city;
  d.country = longer(d.country, m.country);
  d.remote ||= m.remote;
  if (d.kind === "exercise" && m.status === "held") d.status = "held";
}

export function draftOf(m: Mention): Draft {
  return {
    mentions: [m], kind: m.kind, status: m.status, org: m.org, bodies: [...m.bodies], name: m.name, start: m.start, end: m.end,
    city: m.city, country: m.country, remote: m.remote, other: m.other,
  };
}

/** Mentions (not anaphoric ones) merged into events, first mention first. */
export function mergeMentions(mentions: Mention[]): Draft[] {
  const drafts: Draft[] = [];
  for (const m of mentions) {
    const d = drafts.find((x) => compatible(x, m));
    if (d) absorb(d, m);
    else drafts.push(draftOf(m));
  }
  // A second pass lets drafts that became compatible after filling in (a date learnt later) join.
  for (let i = drafts.length - 1; i > 0; i--) {
    const d = drafts[i]!;
    const into = drafts.slice(0, i).find((x) => d.mentions.every((m) => compatible(x, m)));
    if (into) {
      for (const m of d.mentions) absorb(into, m);
      drafts.splice(i, 1);
    }
  }
  return drafts;
}
