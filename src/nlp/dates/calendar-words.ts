// Month and weekday names come from the platform's own English calendar (Intl), never from another hand list.
// One formatter per style: creating one costs about half a millisecond at start-up.
const names = (opts: Intl.DateTimeFormatOptions, count: number, day: (i: number) => number) => {
  const f = new Intl.DateTimeFormat("en-US", { ...opts, timeZone: "UTC" });
  return Array.from({ length: count }, (_, i) => f.format(day(i)));
};

export const MONTH_NAMES: readonly string[] = names({ month: "long" }, 12, (i) => Date.UTC(2000, i, 1));
export const MONTH_ABBREVIATIONS: readonly string[] = names({ month: "short" }, 12, (i) => Date.UTC(2000, i, 1));
export const WEEKDAY_NAMES: readonly string[] = names({ weekday: "long" }, 7, (i) => Date.UTC(2000, 0, 2 + i));

/** "January|February|…" for patterns. */
export const MONTH_ALTERNATION = MONTH_NAMES.join("|");
