/**
 * The words of a user's search: letters and digits only, so whatever is typed never reaches the engine as query
 * syntax (no operators, no unbalanced quotes, no column filters). Every word must match.
 */
export function searchWords(query: string): string[] {
  return (query.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);
}
