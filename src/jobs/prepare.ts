import { bandKeys, shingles, signature } from "../dedup/minhash.ts";
import { mergeKeys } from "../knowledge/engine/merge-keys.ts";
import type { SaveArticleInput } from "../store/types.ts";

/**
 * The writer's work that depends on the record alone, done where the record is made (in an extraction thread with
 * --jobs), so the single writing thread is left with the work that needs the store: the near-duplicate bands and the
 * shingles they come from (the writer compares them with candidates'), the facts' JSON, the merge keys. The same
 * functions the writer would otherwise call, so what is stored is the same.
 */
export function prepareSave(save: SaveArticleInput): SaveArticleInput {
  const sh = shingles(save.article.text);
  save.article.bands = bandKeys(signature(sh));
  save.prepared = {
    factsJson: JSON.stringify(save.facts),
    shingles: Uint32Array.from(sh),
    keys: mergeKeys(save.facts, save.article.text),
  };
  return save;
}
