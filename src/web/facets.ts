import type { TimelineRow } from "../knowledge/api.ts";
import { topicLabel } from "../knowledge/topics.ts";
import { countryOf, type TimelineFilters } from "./filters.ts";

export interface FacetValue {
  /** What goes into the query string. */
  value: string;
  label: string;
  count: number;
}

export interface Facet {
  name: keyof TimelineFilters;
  label: string;
  values: FacetValue[];
}

/** Datasette-style facets: for each filter, the values the current events have and how many events have each. */
export function facetsOf(rows: readonly TimelineRow[], personName: (name: string) => string = (n) => n): Facet[] {
  const count = (name: Facet["name"], label: string, valuesOf: (e: TimelineRow) => string[], labelOf: (v: string) => string = (v) => v): Facet => {
    const counts = new Map<string, number>();
    for (const e of rows) for (const v of new Set(valuesOf(e))) counts.set(v, (counts.get(v) ?? 0) + 1);
    const values = [...counts].map(([value, n]) => ({ value, label: labelOf(value), count: n }));
    values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    return { name, label, values };
  };
  return [
    count("org", "Organization", (e) => (e.org ? [e.org] : [])),
    count("body", "Body", (e) => e.bodies.map((b) => b.value)),
    count("country", "Country", (e) => [...new Set([...e.countries, ...e.cities].map((v) => countryOf(v.value)))]),
    count("person", "Person", (e) => [...e.attendees, ...e.chairs].map((v) => personName(v.value))),
    count("topic", "Topic", (e) => e.topics, topicLabel),
    count("year", "Year", (e) => (e.start ? [e.start.slice(0, 4)] : [])),
  ];
}
