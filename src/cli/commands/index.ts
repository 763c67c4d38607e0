import type { Command } from "commander";

type Register = (program: Command) => void;

/**
 * Each command lives in its own file and adds itself to the program here, loaded only when needed: a command run by
 * name loads its own modules alone (start-up), help and unknown names load them all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  ingest: async () => (await import("./ingest.ts")).registerIngest,
  extract: async () => (await import("./extract.ts")).registerExtract,
  events: async () => (await import("./events.ts")).registerEvents,
  people: async () => (await import("./people.ts")).registerPeople,
  quotes: async () => (await import("./quotes.ts")).registerQuotes,
  demo: async () => (await import("./demo.ts")).registerDemo,
  timeline: async () => (await import("./timeline.ts")).registerTimeline,
  event: async () => (await import("./event.ts")).registerEvent,
  person: async () => (await import("./person.ts")).registerPerson,
  office: async () => (await import("./office.ts")).registerOffice,
  chairmanships: async () => (await import("./chairmanships.ts")).registerChairmanships,
  topics: async () => (await import("./topics.ts")).registerTopics,
  conflicts: async () => (await import("./conflicts.ts")).registerConflicts,
  serve: async () => (await import("./serve.ts")).registerServe,
  duplicates: async () => (await import("./duplicates.ts")).registerDuplicates,
  rules: async () => (await import("./rules.ts")).registerRules,
  worker: async () => (await import("./worker.ts")).registerWorker,
  jobs: async () => (await import("./jobs.ts")).registerJobs,
};

/** Registers the command named in argv (after the global options), or every command when none is named. */
export async function registerCommands(program: Command, argv: string[] = []): Promise<void> {
  const name = commandName(argv);
  const names = name && name in COMMANDS ? [name] : Object.keys(COMMANDS);
  const registers = await Promise.all(names.map((n) => COMMANDS[n]!()));
  for (const register of registers) register(program);
}

// The first argument that is not a global option (--data takes a value).
function commandName(argv: string[]): string | null {
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--data") i++;
    else if (!a.startsWith("-")) return a;
  }
  return null;
}
