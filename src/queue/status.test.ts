import { pgReachable } from "../store/postgres/test-store.ts";
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { openQueue, QUEUE, queueSchema } from "./boss.ts";
import { queueStatus } from "./status.ts";

const PG = process.env.COMMUNIQUE_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";


test("jobs by state, and a job that failed for good listed as a dead letter with its source and error", { skip: !(await pgReachable()) && "no PostgreSQL" }, async () => {
  const url = `${PG}?schema=communique_qstatus_${randomBytes(3).toString("hex")}`;
  const schema = queueSchema(url);
  const boss = await openQueue({ url, configure: true });
  try {
    const data = { raw: { id: "bad", source: "feed.jsonl:7", text: "x" } };
    await boss.send(QUEUE, { raw: { id: "ok", source: "good.txt", text: "y" } });
    const id = await boss.send(QUEUE, data, { retryLimit: 0 });
    const [job] = await boss.fetch(QUEUE, { batchSize: 2 });
    assert.ok(job);
    // A job out of retries fails for good: the queue copies it to the dead-letter queue.
    await boss.fail(QUEUE, id!, { message: "could not be processed: boom" });
    const status = await queueStatus(boss, schema);
    assert.equal(status.states.failed, 1);
    assert.equal((status.states.created ?? 0) + (status.states.active ?? 0), 1);
    assert.deepEqual(status.dead.map((d) => [d.source, d.error]), [["feed.jsonl:7", "could not be processed: boom"]]);
  } finally {
    await boss.getDb().executeSql(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`, []);
    await boss.stop({ graceful: false, wait: true });
  }
});
