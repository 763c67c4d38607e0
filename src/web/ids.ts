import type { FactRef } from "../knowledge/types.ts";
import type { ArticleRow } from "../store/types.ts";

/**
 * Stable addresses. An article is named by the start of the sha256 of its text; a fact by that plus its position in
 * the article ("3fa9c1d2e4b5-2"). A merged event or person is named by its smallest fact, so the name is the same in
 * any ingest order and in any store built from the same articles; a readable prefix (date, organization, name) is
 * only decoration. When a new article brings a smaller fact, or the entity merges into another, the old address
 * still names a fact the entity holds, so it resolves and redirects.
 */
export const HASH_LEN = 12;
const TOKEN = new RegExp(`([0-9a-f]{${HASH_LEN}})-(\\d+)$`);

export const articleKey = (a: Pick<ArticleRow, "hash">) => a.hash.slice(0, HASH_LEN);

export function slugify(s: string, max = 60): string {
  const out = s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return out.slice(0, max).replace(/-+$/, "");
}

/** The stored articles by id and by slug, for turning fact references into content-derived tokens. */
export class ArticleIndex {
  readonly byId = new Map<number, ArticleRow>();
  readonly bySlug = new Map<string, ArticleRow>();
  readonly byKey = new Map<string, ArticleRow>();
  constructor(rows: readonly ArticleRow[]) {
    for (const a of rows) {
      this.byId.set(a.id, a);
      if (!this.bySlug.has(a.slug)) this.bySlug.set(a.slug, a);
      this.byKey.set(articleKey(a), a);
    }
  }

  of(ref: FactRef): ArticleRow | undefined {
    return (ref.articleId !== undefined ? this.byId.get(ref.articleId) : undefined) ?? this.bySlug.get(ref.article);
  }

  /** "3fa9c1d2e4b5-2", or the slug form when the article is unknown (it always is known in a store). */
  token(ref: FactRef): string {
    const a = this.of(ref);
    return a ? `${articleKey(a)}-${ref.index}` : `${ref.article}-${ref.index}`;
  }

  /** The smallest token of a set of facts: the anchor of a merged entity's address. */
  anchor(refs: readonly FactRef[]): string {
    let best = "";
    for (const r of refs) {
      const t = this.token(r);
      if (!best || compareTokens(t, best) < 0) best = t;
    }
    return best;
  }
}

function compareTokens(a: string, b: string): number {
  const [ha, ia] = split(a);
  const [hb, ib] = split(b);
  return ha !== hb ? (ha < hb ? -1 : 1) : ia - ib;
}

const split = (t: string): [string, number] => {
  const i = t.lastIndexOf("-");
  return [t.slice(0, i), Number(t.slice(i + 1))];
};

export function entityId(prefix: string, anchor: string): string {
  const p = slugify(prefix, 50);
  return p ? `${p}-${anchor}` : anchor;
}

/** What an address asks for: a content token (any prefix), or an old "slug#index" key. */
export type Wanted = { token: string } | { slug: string; index: number } | null;

export function parseAddress(param: string): Wanted {
  const t = TOKEN.exec(param);
  if (t) return { token: `${t[1]}-${t[2]}` };
  const old = /^(.+)#(\d+)$/.exec(param);
  return old ? { slug: old[1]!, index: Number(old[2]) } : null;
}

/** Whether a set of facts holds the one an address asks for. */
export function holds(index: ArticleIndex, refs: readonly FactRef[], want: NonNullable<Wanted>): boolean {
  return "token" in want ? refs.some((r) => index.token(r) === want.token) : refs.some((r) => r.article === want.slug && r.index === want.index);
}
