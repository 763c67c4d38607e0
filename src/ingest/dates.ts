/** A calendar date written out in full, year included, found in a piece of text. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
  /** A clock time follows the date ("17:24"): typical of publication stamps, never of "today" banners. */
  hasTime: boolean;
  /** A weekday name comes right before it ("Sunday, September 26th, 2021"). */
  weekday: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d{2})";
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*$/i;
const TIME = /^[\s,.\-–—|/at]*(\d{1,2}):(\d{2})\b/i;

const HAS_YEAR = /(?:19|20)\d{2}/;

const PATTERNS: { re: RegExp; order: "dmy" | "mdy" | "ymd" | "num" | "slash" }[] = [
  { re: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, "gi"), order: "dmy" },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, "gi"), order: "mdy" },
  { re: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`, "g"), order: "ymd" },
  { re: new RegExp(`\\b(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}\\b`, "g"), order: "num" },
  { re: new RegExp(`\\b(\\d{1,2})/(\\d{1,2})/${YEAR}\\b`, "g"), order: "slash" },
];

/** Every full date (day, month and year) in `s`, in order of position. Day-first for dotted numbers (24.05.2018), month-first for slashes (11/23/2023) unless the first number is a day. */
export function findFullDates(s: string): FoundDate[] {
  const out: FoundDate[] = [];
  // Every pattern has a four-digit year: most lines have none, and are asked about again and again.
  if (!HAS_YEAR.test(s)) return out;
  for (const { re, order } of PATTERNS) {
    for (const m of s.matchAll(re)) {
      const [a, b, c] = [m[1]!, m[2]!, m[3]!];
      const ymd =
        order === "dmy" ? { y: +c, m: month(b), d: +a }
        : order === "mdy" ? { y: +c, m: month(a), d: +b }
        : order === "ymd" ? { y: +a, m: +b, d: +c }
        // 11/23/2023 is American month-first; 23/11/2023 can only be day-first.
        : order === "slash" ? (+a > 12 ? { y: +c, m: +b, d: +a } : { y: +c, m: +a, d: +b })
        : { y: +c, m: +b, d: +a };
      const iso = toIso(ymd);
      if (!iso || out.some((o) => overlaps(o, m.index, m[0].length))) continue;
      const after = s.slice(m.index + m[0].length);
      out.push({ iso, index: m.index, length: m[0].length, hasTime: TIME.test(after), weekday: WEEKDAY.test(s.slice(0, m.index)) });
    }
  }
  return out.sort((x, y) => x.index - y.index);
}

function month(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, "").slice(0, name.toLowerCase().startsWith("sept") ? 4 : 3)] ?? 0;
}

function toIso({ y, m, d }: { y: number; m: number; d: number }): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const overlaps = (o: FoundDate, index: number, length: number) => index < o.index + o.length && o.index < index + length;
