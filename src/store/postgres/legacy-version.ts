import type { LegacyVersion } from "../sql/migrate.ts";

/**
 * Before the declared schema, PostgreSQL numbered its own steps: its 1 held SQLite's 1 and 2, so its 1 to 4 are
 * versions 2 to 5 now. A database migrated since is always at version 6 or later (all steps run in one transaction).
 */
export const postgresLegacyVersion: LegacyVersion = async (_db, recorded) => (recorded >= 1 && recorded <= 4 ? recorded + 1 : recorded);
