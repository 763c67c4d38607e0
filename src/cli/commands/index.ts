import type { Command } from "commander";
import { registerIngest } from "./ingest.ts";
import { registerExtract } from "./extract.ts";
import { registerEvents } from "./events.ts";
import { registerPeople } from "./people.ts";
import { registerQuotes } from "./quotes.ts";
import { registerDemo } from "./demo.ts";
import { registerTimeline } from "./timeline.ts";
import { registerEvent } from "./event.ts";
import { registerPerson } from "./person.ts";
import { registerOffice } from "./office.ts";
import { registerChairmanships } from "./chairmanships.ts";
import { registerTopics } from "./topics.ts";
import { registerConflicts } from "./conflicts.ts";
import { registerServe } from "./serve.ts";
import { registerDuplicates } from "./duplicates.ts";
import { registerRules } from "./rules.ts";
import { registerWorker } from "./worker.ts";
import { registerJobs } from "./jobs.ts";

/** Each command lives in its own file and adds itself to the program here. */
export function registerCommands(program: Command): void {
  registerIngest(program);
  registerExtract(program);
  registerEvents(program);
  registerPeople(program);
  registerQuotes(program);
  registerDemo(program);
  registerTimeline(program);
  registerEvent(program);
  registerPerson(program);
  registerOffice(program);
  registerChairmanships(program);
  registerTopics(program);
  registerConflicts(program);
  registerServe(program);
  registerDuplicates(program);
  registerRules(program);
  registerWorker(program);
  registerJobs(program);
}
