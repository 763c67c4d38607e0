import { bandKeys, isNearDuplicate, shingles, signature } from "./minhash.ts";

/** The LSH band keys of a text, to store with it. */
export const textBands = (text: string): string[] => bandKeys(signature(shingles(text)));

export interface Candidate {
  id: number;
  /** Needed only when `shingles` are not given. */
  text: string | null;
  shingles?: ArrayLike<number> | null;
  /** The candidate's own original when it is itself a copy. */
  duplicateOf?: number | null;
}

export interface NearDuplicate {
  /** LSH band keys of the text, to index with it. */
  bands: string[];
  /** The original this text copies (the root of its cluster), or null. */
  duplicateOf: number | null;
}

/**
 * Looks a new text up among stored ones by its LSH bands (the lookup returns only the articles that share a band, so
 * the cost does not grow with the store) and confirms each candidate on the exact shingles.
 */
export async function findOriginal(text: string, lookup: (bands: string[]) => Promise<Candidate[]>, known?: string[], knownShingles?: ArrayLike<number>): Promise<NearDuplicate> {
  const bands = known?.length ? known : textBands(text);
  // The text's own shingles only when there is a candidate to compare (most articles have none), or as given.
  let sh: Set<number> | undefined;
  for (const c of await lookup(bands)) {
    sh ??= knownShingles ? new Set(Array.from(knownShingles)) : shingles(text);
    const theirs = c.shingles ? new Set(Array.from(c.shingles)) : shingles(c.text ?? "");
    if (isNearDuplicate(sh, theirs)) return { bands, duplicateOf: c.duplicateOf ?? c.id };
  }
  return { bands, duplicateOf: null };
}
