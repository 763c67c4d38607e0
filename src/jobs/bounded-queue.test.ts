import { test } from "node:test";
import assert from "node:assert/strict";
import { BoundedQueue } from "./bounded-queue.ts";

test("takeWithin: an item pushed while it waits is taken; none by the deadline gives undefined; an ended queue answers at once", async () => {
  const q = new BoundedQueue<number>(4);
  const waiting = q.takeWithin(10_000);
  setTimeout(() => void q.push(7), 5);
  assert.equal(await waiting, 7);
  assert.equal(await q.takeWithin(5), undefined);
  await q.push(8);
  assert.equal(await q.takeWithin(0), 8, "an item already there needs no wait");
  const pending = q.takeWithin(10_000);
  q.end();
  assert.equal(await pending, undefined);
  // The consumer it woke is not woken again by a later push (the queue has ended: pushes are refused).
  assert.equal(await q.push(9), false);
});
