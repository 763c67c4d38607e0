
/** Case-, accent- and punctuation-insensitive key for looking names up. */
export function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    // Names are looked up again and again across articles; bounded, so a long run stays flat.
    if (folded.size >= 20_000) folded.clear();
    folded.set(s, (f = foldNow(s)));
  }
  return f;
}
const folded = new Map<string, string>();

function foldNow(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[‘’ʼ`']/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
