// Month and weekday names come from the platform's own English calendar (Intl), never from another hand list.
const month = (style: "long" | "short") => Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat("en-US", { month: style, timeZone: "UTC" }).format(Date.UTC(2000, i, 1)));

export const MONTH_NAMES: readonly string[] = month("long");
export const MONTH_ABBREVIATIONS: readonly string[] = month("short");
export const WEEKDAY_NAMES: readonly string[] = Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat("en-US", { weekday: "long", timeZone: "UTC" }).format(Date.UTC(2000, 0, 2 + i)));

/** "January|February|…" for patterns. */
export const MONTH_ALTERNATION = MONTH_NAMES.join("|");
