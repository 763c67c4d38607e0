/** Escapes a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A pattern for a multi-word name as journalists vary it: any run of spaces or a line break between words, an optional
 * "the" after "of", Defence/Defense, singular/plural Council(s), hyphen or space.
 */
export function flexiblePhrase(phrase: string): string {
  return phrase
    .replace(/\bof the\b/gi, "of")
    .split(/\s+/)
    .map((w) => {
      let p = escapeRe(w).replace(/\\-/g, "[-\\s]?");
      p = p.replace(/^Defen[cs]e$/i, "Defen[cs]e").replace(/^Council$/i, "Councils?").replace(/^Councils$/i, "Councils?");
      p = p.replace(/^Forces$/i, "Forces?").replace(/^Force$/i, "Forces?");
      return w.toLowerCase() === "of" ? "of(?:\\s+the)?" : p;
    })
    .join("\\s+");
}

/** Word-boundary wrapper that understands letters beyond ASCII. */
export function bounded(body: string): string {
  return `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
}
