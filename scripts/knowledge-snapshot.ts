// Writes the bundled knowledge, validated, with the fingerprint of data/ (src/data/snapshot.ts), for commands to
// start without validating it again. Run by scripts/build.mjs: node --import tsx scripts/knowledge-snapshot.ts OUT
import { deepStrictEqual } from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { loadKnowledge } from "../src/data/bundle.ts";
import { dataFingerprint, SNAPSHOT_FILE, snapshotText } from "../src/data/snapshot.ts";

const out = process.argv[2] ?? SNAPSHOT_FILE;
const before = dataFingerprint();
const k = loadKnowledge();
const text = snapshotText(k, before);
// The file holds only what JSON can: the knowledge must read back equal (no undefined, Date or RegExp values).
const back = JSON.parse(text) as { knowledge: object };
deepStrictEqual({ ...back.knowledge, sources: k.sources }, { ...k });
// data/ edited while it was read: no snapshot (commands then validate data/ themselves).
if (dataFingerprint() !== before) throw new Error("data/ changed while it was read");
writeFileSync(out, text);
