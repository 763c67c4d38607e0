/**
 * Near-duplicate detection by MinHash over word shingles, with locality-sensitive hashing (bands) so that candidates
 * are looked up by key instead of compared pair by pair. Pure functions: no store, no I/O.
 */

/** Words per shingle: long enough that two independent reports of one meeting share few, short enough to survive edits. */
export const SHINGLE = 5;
export const BANDS = 32;
export const ROWS = 4;
const HASHES = BANDS * ROWS;

/** FNV-1a over a string, 32-bit. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3's finalizer: a cheap, well-mixed 32-bit permutation, one per seed. */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix(i * 0x9e3779b9 + 0x7f4a7c15));

/** The text's shingles as 32-bit hashes: lower-cased word n-grams, punctuation and layout ignored. */
export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length < SHINGLE) {
    if (words.length) out.add(fnv(words.join(" ")));
    return out;
  }
  // FNV-1a of the words joined by spaces, computed without building the joined string (a shingle per word).
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let w = i; w < i + SHINGLE; w++) {
      if (w > i) h = Math.imul(h ^ 32, 0x01000193);
      const word = words[w]!;
      for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), 0x01000193);
    }
    out.add(h >>> 0);
  }
  return out;
}

/** One minimum per hash function: two texts agree in a position with probability equal to their Jaccard similarity. */
export function signature(sh: Set<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const seeds = SEEDS;
  for (const s of sh) {
    for (let i = 0; i < HASHES; i++) {
      // mix(s ^ seed), inlined: this loop is most of the cost of hashing an article.
      let x = s ^ seeds[i]!;
      x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
      x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
      const v = (x ^ (x >>> 16)) >>> 0;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** LSH band keys ("band:hash"): texts with Jaccard similarity 0.5 share at least one with probability about 0.87. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[b * ROWS + r]!, 0x01000193);
    keys.push(`${b}:${(h >>> 0).toString(36)}`);
  }
  return keys;
}

/** Exact overlap of two shingle sets: Jaccard, and containment of the smaller in the larger. */
export function overlap(a: Set<number>, b: Set<number>): { jaccard: number; containment: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const s of small) if (large.has(s)) common++;
  const union = a.size + b.size - common;
  return { jaccard: union ? common / union : 0, containment: small.size ? common / small.size : 0 };
}

/** Fewer shingles than this and two texts are too short to call one a copy of the other. */
const MIN_SHINGLES = 20;

/**
 * A syndicated copy: the same story with another headline, header or footer. Most of the shorter text reappears in
 * the longer one (containment), or the two largely coincide (Jaccard).
 */
export function isNearDuplicate(a: Set<number>, b: Set<number>): boolean {
  if (Math.min(a.size, b.size) < MIN_SHINGLES) return false;
  const o = overlap(a, b);
  return o.jaccard >= 0.5 || o.containment >= 0.8;
}
