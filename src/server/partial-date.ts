const PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * A date as filters take it (2018, 2018-05 or 2018-05-24) that exists: the pattern alone lets 2018-13-45 and
 * 2018-02-30 through, and a date that does not exist is the user's mistake, not an empty result. One check for the
 * API's parameters and the CLI's flags.
 */
export function isPartialDate(raw: string): boolean {
  if (!PARTIAL.test(raw)) return false;
  const [y, m, d] = raw.split("-").map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  return d === undefined || (d >= 1 && d <= new Date(Date.UTC(y!, m, 0)).getUTCDate());
}
