import type { LegacyVersion } from "../sql/migrate.ts";

/** Databases made before schema_version existed recorded their version in user_version. */
export const sqliteLegacyVersion: LegacyVersion = async (db, recorded) =>
  recorded || Number((await db.value("PRAGMA user_version")) ?? 0);
