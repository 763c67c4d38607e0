import { findOriginal } from "./dedup/find-original.ts";
import type { SaveArticleInput, Store } from "./store/types.ts";

/**
 * Before an article is saved: when it is a near duplicate of a stored one (a syndicated copy), link it to that
 * original, so it is stored but not counted as an independent source. Candidates come from the band index only.
 */
export async function linkNearDuplicate(store: Store, input: SaveArticleInput): Promise<void> {
  const a = input.article;
  if (a.duplicateOf != null) return;
  const lookup = async (bands: string[]) => (await store.articles.copyCandidates(bands)).filter((r) => r.hash !== a.hash);
  a.duplicateOf = (await findOriginal(a.text, lookup, a.bands, input.prepared?.shingles)).duplicateOf;
}
