import { groupRecord } from "./merger.ts";
import type { GroupFilter, GroupKind, GroupRecord, KnowledgeRepo, MentionRecord } from "./repo.ts";

/** Whether a group's columns pass a filter, as the stores' SQL reads it (org ignoring case, `to` as a date prefix). */
export function passes(g: Pick<GroupRecord, "key" | "org" | "start" | "conflicts">, f: GroupFilter): boolean {
  if (f.keys && !f.keys.includes(g.key)) return false;
  if (f.org && g.org?.toLowerCase() !== f.org.toLowerCase()) return false;
  if (f.from && (g.start === null || g.start < f.from)) return false;
  if (f.to && (g.start === null || g.start.slice(0, f.to.length) > f.to)) return false;
  return !f.conflicts || g.conflicts;
}

/** The stores' order of groups: by start (none last), then key, comparing code units as SQL's binary collation does. */
export const byStart = (a: { start: string | null; key: string }, b: { start: string | null; key: string }) =>
  (a.start === null ? 1 : 0) - (b.start === null ? 1 : 0) || (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The merged data of the groups that pass the filter. A big group's stored data may lag behind its members (it is
 * rebuilt as it grows, not at every batch): such a group is merged here from its members, so readers always see the
 * same result as a full rebuild.
 */
export async function readGroups(repo: KnowledgeRepo, kind: GroupKind, f: GroupFilter = {}): Promise<unknown[]> {
  const rows = await repo.groups(kind, f);
  const stale = rows.filter((r) => r.stale).map((r) => r.key);
  if (!stale.length) return rows.map((r) => r.data);
  const byGroup = new Map<string, MentionRecord[]>(stale.map((k) => [k, []]));
  for (const m of await repo.members(kind, stale)) byGroup.get(m.group!)?.push(m);
  const fresh = new Map([...byGroup].filter(([, ms]) => ms.length).map(([k, ms]) => [k, groupRecord(kind, ms)]));
  const out: { key: string; start: string | null; data: unknown }[] = [];
  for (const r of rows) {
    if (!r.stale) {
      const d = r.data as { key: string; start?: string | null };
      out.push({ key: r.key, start: d.start ?? null, data: r.data });
      continue;
    }
    const g = fresh.get(r.key);
    if (g && passes(g, f)) out.push({ key: g.key, start: g.start, data: g.data });
  }
  return out.sort(byStart).map((x) => x.data);
}
