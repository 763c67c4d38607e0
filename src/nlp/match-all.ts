/**
 * Every match of a global pattern in `text`, in order, like `text.matchAll(re)` but without the copy of the pattern
 * matchAll makes at each call: for the large alternations of titles, bodies and lexicons that copy cost ten times the
 * matching itself. The pattern's lastIndex is left at 0; matches are collected before any is returned, so a caller may
 * use the same pattern again while going through them.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${re.source.slice(0, 40)}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over one character (one code point with /u).
    if (m[0] === "") re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes("v"));
  }
  re.lastIndex = 0;
  return out;
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
