
/** Case-, accent- and punctuation-insensitive key for looking names up. */
export function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[‘’ʼ`']/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
