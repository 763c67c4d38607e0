export interface Column<T> {
  header: string;
  value: (row: T) => string;
  /** Share of the leftover width this column may grow into; columns without it keep their natural width. */
  flex?: number;
}

const clip = (s: string, w: number) => (s.length <= w ? s : w <= 1 ? s.slice(0, w) : `${s.slice(0, w - 1)}…`);
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** A plain-text table fitted to the terminal width (flex columns are clipped first). */
export function renderTable<T>(columns: Column<T>[], rows: T[], width = terminalWidth()): string {
  return tableLines(columns, rows, width).join("\n");
}

/** Header, rule, then one line per row (so callers can put detail lines under a row). */
export function tableLines<T>(columns: Column<T>[], rows: T[], width = terminalWidth()): string[] {
  const cells = rows.map((r) => columns.map((c) => oneLine(c.value(r))));
  const natural = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
  const gap = 2 * (columns.length - 1);
  const widths = [...natural];
  let excess = natural.reduce((a, b) => a + b, 0) + gap - width;
  // Too wide: clip the flexible columns, the widest first, never below 12 characters.
  while (excess > 0) {
    let widest = -1;
    columns.forEach((c, i) => {
      if (c.flex && widths[i]! > 12 && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    });
    if (widest < 0) break;
    widths[widest]!--;
    excess--;
  }
  const line = (vals: string[]) => vals.map((v, i) => clip(v, widths[i]!).padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => "─".repeat(w))), ...cells.map(line)];
}

/** The terminal's width, or $COLUMNS, or 160 when output goes to a file or a pipe. */
function terminalWidth(): number {
  return process.stdout.columns || Number(process.env.COLUMNS) || 160;
}
