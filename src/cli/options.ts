import { Option, type Command } from "commander";
import { UsageError } from "../errors.ts";
import type { FactFilter } from "../store/types.ts";

const DEFAULT_DB = "communique.db";

/** `--db`: a SQLite file path or a postgres:// URL; COMMUNIQUE_DB overrides the default. */
export function withDb(cmd: Command): Command {
  return cmd.addOption(
    new Option("--db <file|url>", "SQLite file or postgres:// URL").default(process.env.COMMUNIQUE_DB ?? DEFAULT_DB),
  );
}

export interface FilterFlags {
  org?: string;
  body?: string;
  year?: string;
  person?: string;
  country?: string;
  limit?: string;
  offset?: string;
}

/** Filters shared by the query commands (events, people, quotes). */
export function withFilters(cmd: Command): Command {
  return cmd
    .option("--org <abbr>", "organization, e.g. CSTO")
    .option("--body <name>", "body of the organization, e.g. \"Council of Foreign Ministers\"")
    .option("--year <yyyy>", "year the fact falls in")
    .option("--person <name>", "a person's name or surname")
    .option("--country <name>", "a country (place of an event, state represented, or a role's country)")
    .option("--limit <n>", "at most n rows", "100")
    .option("--offset <n>", "skip the first n rows", "0")
    .option("--json", "print JSON instead of a table")
    .option("--evidence", "show the source sentence of every row");
}

export function toFilter(flags: FilterFlags): FactFilter {
  const f: FactFilter = {};
  if (flags.org) f.org = flags.org;
  if (flags.body) f.body = flags.body;
  if (flags.person) f.person = flags.person;
  if (flags.country) f.country = flags.country;
  if (flags.year !== undefined) f.year = int("--year", flags.year, { min: 1000, max: 9999 });
  if (flags.limit !== undefined) f.limit = int("--limit", flags.limit, { min: 1, max: 100000 });
  if (flags.offset !== undefined) f.offset = int("--offset", flags.offset, { min: 0, max: Number.MAX_SAFE_INTEGER });
  return f;
}

export function int(name: string, value: string, range: { min: number; max: number }): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < range.min || n > range.max) {
    throw new UsageError(`${name} must be a whole number between ${range.min} and ${range.max}, got "${value}"`);
  }
  return n;
}
