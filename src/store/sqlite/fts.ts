/** Words as an FTS5 query of quoted terms (implicit AND); an empty search matches nothing rather than failing. */
export function ftsQuery(words: string[]): string {
  return words.length ? words.map((w) => `"${w}"`).join(" ") : '""';
}
