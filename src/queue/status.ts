import type PgBoss from "pg-boss";
import { DEAD, QUEUE } from "./boss.ts";

export interface QueueStatus {
  /** Ingest jobs by state (created, retry, active, completed, failed...), archived ones left out. */
  states: Record<string, number>;
  /** Jobs that failed every retry and went to the dead-letter queue: the article's source and the last error. */
  dead: { id: string; source: string; error: string | null; failedOn: string | null }[];
}

/** What the ingest queue holds; the dead-letter list comes from the failed jobs' recorded errors. */
export async function queueStatus(boss: PgBoss, schema: string, limit = 100): Promise<QueueStatus> {
  const db = boss.getDb();
  const states: Record<string, number> = {};
  for (const r of (await db.executeSql(`SELECT state::text AS state, count(*)::int AS n FROM "${schema}".job WHERE name = $1 GROUP BY state ORDER BY state`, [QUEUE])).rows) {
    states[r.state as string] = r.n as number;
  }
  const dead = (await db.executeSql(`SELECT d.id::text AS id, d.data->'raw'->>'source' AS source, f.output->>'message' AS error, f.completed_on AS failed_on
      FROM "${schema}".job d
      LEFT JOIN LATERAL (SELECT output, completed_on FROM "${schema}".job j WHERE j.name = $2 AND j.state = 'failed' AND j.data = d.data
        ORDER BY completed_on DESC LIMIT 1) f ON true
      WHERE d.name = $1 ORDER BY d.created_on LIMIT $3`, [DEAD, QUEUE, limit])).rows;
  return {
    states,
    dead: dead.map((r) => ({ id: r.id as string, source: (r.source as string) ?? "?", error: (r.error as string | null) ?? null, failedOn: r.failed_on ? new Date(r.failed_on as string).toISOString() : null })),
  };
}
