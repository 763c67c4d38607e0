import Database from "better-sqlite3";
import { repoSuite } from "../../../knowledge/engine/repo-suite.ts";
import { migrate } from "../migrate.ts";
import { SqliteKnowledgeRepo } from "./sqlite-repo.ts";

// The engine's shared behaviour on a real, migrated SQLite database (article rows exist for the foreign keys).
repoSuite("sqlite", async () => {
  const db = new Database(":memory:");
  migrate(db);
  const add = db.prepare("INSERT INTO articles (id, hash, slug, source, text, facts) VALUES (?, ?, ?, 'test', '', '{}')");
  for (let i = 1; i <= 3; i++) add.run(i, `h${i}`, `a${i}`);
  return new SqliteKnowledgeRepo(db);
});
