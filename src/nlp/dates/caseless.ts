/**
 * The source of a case-insensitive (non-Unicode) pattern rewritten as a case-sensitive one: each ASCII letter
 * becomes the class of its two cases. Without the Unicode flag, ignoring case only pairs ASCII letters with ASCII
 * letters, so both match the same strings. Why: V8 compiles a few of chrono's large case-insensitive patterns to
 * native code in 100-150 ms on their second use, which is most of a short command's start; the rewritten pattern
 * compiles in a fraction of that. Returns null for what this does not rewrite (letters inside a class, Unicode or
 * hex escapes, named groups), so the caller keeps the original.
 */
export function caselessSource(src: string): string | null {
  let out = "";
  for (let i = 0; i < src.length; ) {
    const c = src[i]!;
    if (c === "\\") {
      const n = src[i + 1];
      if (n === undefined || /[pPuxckKq]/.test(n)) return null;
      out += c + n;
      i += 2;
    } else if (c === "[") {
      const end = classEnd(src, i);
      if (end < 0) return null;
      out += src.slice(i, end + 1);
      i = end + 1;
    } else if (src.startsWith("(?<", i) && src[i + 3] !== "=" && src[i + 3] !== "!") {
      return null;
    } else if (/[A-Za-z]/.test(c)) {
      out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index of the "]" closing the class opened at `open`, or -1 when the class holds a letter (left to the original). */
function classEnd(src: string, open: number): number {
  for (let j = open + 1; j < src.length; j++) {
    const c = src[j]!;
    if (c === "]") return j;
    if (c === "\\") {
      if (/[pPuxckKq]/.test(src[j + 1] ?? "")) return -1;
      j++;
    } else if (/[A-Za-z]/.test(c)) return -1;
  }
  return -1;
}

/** `re` without the ignore-case flag, when it has it and can be rewritten; otherwise `re` itself. */
export function caseless(re: RegExp): RegExp {
  if (!re.flags.includes("i") || re.flags.includes("u") || re.flags.includes("v")) return re;
  const src = caselessSource(re.source);
  return src === null ? re : new RegExp(src, re.flags.replace("i", ""));
}
