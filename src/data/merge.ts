import type { z } from "zod";
import type { FILES, FileKind, Knowledge } from "./kinds.ts";

type Data<K extends FileKind> = z.output<(typeof FILES)[K]>;

const union = (a: string[], b: readonly string[]): string[] => [...a, ...b.filter((x) => !a.includes(x))];

/** Entries named alike (an organization by abbreviation, a title by its name) are merged; new ones appended. */
function upsert<T>(list: T[], items: readonly T[], key: (t: T) => string, merge: (old: T, add: T) => void): void {
  items.forEach((item, i) => {
    const old = list.find((x) => key(x) === key(item));
    if (old) return merge(old, item);
    const copy = structuredClone(item);
    if (current) ORIGINS.set(copy as object, { file: current.file, path: `${current.list}[${i}]` });
    list.push(copy);
  });
}

/** Where each entry came from, so a broken reference found after merging names its file and JSON path. */
const ORIGINS = new WeakMap<object, { file: string; path: string }>();
let current: { file: string; list: string } | null = null;

export function originOf(entry: object): { file: string; path: string } {
  return ORIGINS.get(entry) ?? { file: "data", path: "" };
}

const LIST: Record<FileKind, string> = {
  organizations: "organizations", titles: "titles", places: "countries", outlets: "outlets", sessions: "sessions",
  "terms-of-office": "offices", "first-names": "names", "name-order": "surnameFirst", topics: "topics", lexicons: "lexicons",
  "member-groups": "groups", identity: "sameEvent", institutions: "institutions",
};

/** Files with several lists (places.json): the list the next entries come from. */
const within = (list: string): void => {
  if (current) current.list = list;
};

/** As mergeInto, recording the file each new entry comes from. */
export function mergeFile<K extends FileKind>(acc: Knowledge, kind: K, data: Data<K>, file: string): void {
  current = { file, list: LIST[kind] };
  try {
    mergeInto(acc, kind, data);
  } finally {
    current = null;
  }
}

/** Adds one validated file to the knowledge gathered so far (bundled data first, then each user folder). */
export function mergeInto<K extends FileKind>(acc: Knowledge, kind: K, data: Data<K>): void {
  const d = data as Data<FileKind>;
  switch (kind) {
    case "organizations":
      return upsert(acc.organizations, (d as Data<"organizations">).organizations, (o) => o.abbr, (o, add) => {
        o.names = union(o.names, add.names);
        o.summitBody = add.summitBody ?? o.summitBody;
        upsert(o.bodies, add.bodies, (b) => b.name, (b, nb) => void (b.aliases = union(b.aliases, nb.aliases)));
        if (add.titles) o.titles = union(o.titles ?? [], add.titles);
      });
    case "titles": {
      const t = d as Data<"titles">;
      upsert(acc.titles.titles, t.titles, (x) => x.title, (x, add) => {
        x.aliases = union(x.aliases, add.aliases);
        if (add.informal) x.informal = union(x.informal ?? [], add.informal);
      });
      acc.titles.modifiers = union(acc.titles.modifiers, t.modifiers);
      acc.titles.ranks = union(acc.titles.ranks, t.ranks);
      acc.titles.honorifics = union(acc.titles.honorifics, t.honorifics);
      return;
    }
    case "places": {
      const p = d as Data<"places">;
      const aliases = <T extends { aliases: string[] }>(x: T, add: T) => void (x.aliases = union(x.aliases, add.aliases));
      within("countries");
      upsert(acc.places.countries, p.countries, (x) => x.name, (x, add) => {
        aliases(x, add);
        x.demonyms = union(x.demonyms, add.demonyms);
      });
      within("cities");
      upsert(acc.places.cities, p.cities, (x) => `${x.name}|${x.country}`, aliases);
      within("regions");
      upsert(acc.places.regions, p.regions, (x) => `${x.name}|${x.country}`, aliases);
      return;
    }
    case "outlets":
      return upsert(acc.outlets, (d as Data<"outlets">).outlets, (x) => x.name, (x, add) => void (x.aliases = union(x.aliases, add.aliases)));
    case "sessions":
      return upsert(acc.sessions, (d as Data<"sessions">).sessions, (x) => `${x.org}|${x.body}|${x.date}`, () => undefined);
    case "terms-of-office":
      return upsert(acc.offices, (d as Data<"terms-of-office">).offices, (x) => `${x.title}|${x.of}`, (x, add) => {
        upsert(x.holders, add.holders, (h) => `${h.name}|${h.from}`, () => undefined);
      });
    case "first-names": {
      const f = d as Data<"first-names">;
      acc.firstNames.names = union(acc.firstNames.names, f.names);
      acc.firstNames.regional = union(acc.firstNames.regional, f.regional);
      return;
    }
    case "name-order":
      acc.surnameFirst = union(acc.surnameFirst, (d as Data<"name-order">).surnameFirst);
      return;
    case "topics":
      return upsert(acc.topics, (d as Data<"topics">).topics, (x) => x.id, (x, add) => void (x.patterns = union(x.patterns, add.patterns)));
    case "lexicons":
      for (const [k, words] of Object.entries((d as Data<"lexicons">).lexicons)) acc.lexicons[k] = union(acc.lexicons[k] ?? [], words);
      return;
    case "institutions":
      return upsert(acc.institutions, (d as Data<"institutions">).institutions, (x) => x.name, (x, add) => void (x.aliases = union(x.aliases, add.aliases)));
    case "identity":
      acc.sameEvent = { ...(d as Data<"identity">).sameEvent };
      return;
    case "member-groups":
      return upsert(acc.memberGroups, (d as Data<"member-groups">).groups, (g) => g.members, (g, add) => {
        g.forms.push(...add.forms.filter((f) => !g.forms.some((x) => x.pattern === f.pattern)));
      });
  }
}
