import type { Command } from "commander";
import { registerIngest } from "./ingest.ts";
import { registerExtract } from "./extract.ts";
import { registerEvents } from "./events.ts";
import { registerPeople } from "./people.ts";
import { registerQuotes } from "./quotes.ts";
import { registerDemo } from "./demo.ts";

/** Each command lives in its own file and adds itself to the program here. */
export function registerCommands(program: Command): void {
  registerIngest(program);
  registerExtract(program);
  registerEvents(program);
  registerPeople(program);
  registerQuotes(program);
  registerDemo(program);
}
