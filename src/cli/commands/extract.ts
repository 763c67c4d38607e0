import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { InputError } from "../../errors.ts";

interface ExtractFlags {
  out?: string;
  evidence: boolean;
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("print (or write with --out) the SCHEMA.md facts of each article, without storing anything")
    .argument("<paths...>", ".txt or JSON Lines files, or folders")
    .option("--out <dir>", "write one <id>.json per article into this folder")
    .option("--no-evidence", "leave out the evidence fields (plain SCHEMA.md)")
    .action(async (paths: string[], flags: ExtractFlags) => {
      if (flags.out) mkdirSync(flags.out, { recursive: true });
      // Loaded when run, not when registered (help loads every command).
      const [{ readInputs }, { processArticle }, { stripEvidence }] = await Promise.all([
        import("../../ingest/index.ts"),
        import("../../pipeline.ts"),
        import("../../extract/strip-evidence.ts"),
      ]);
      // One .txt file on stdout reads best pretty-printed; anything more is JSON Lines, one article per line.
      const single = paths.length === 1 && paths[0]!.endsWith(".txt") && isFile(paths[0]!);
      let failed = 0;
      let written = 0;
      for await (const item of readInputs(paths)) {
        if (item instanceof InputError) {
          failed++;
          process.stderr.write(`error: ${item.message} [${item.code}]\n`);
          continue;
        }
        try {
          const { facts } = processArticle(item);
          const out = flags.evidence ? facts : stripEvidence(facts);
          if (flags.out) writeFileSync(join(flags.out, `${facts.id}.json`), `${JSON.stringify(out, null, 2)}\n`);
          else process.stdout.write(`${single ? JSON.stringify(out, null, 2) : JSON.stringify(out)}\n`);
          written++;
        } catch (err) {
          failed++;
          process.stderr.write(`error: ${item.source}: could not be processed: ${(err as Error).message} [E_EXTRACT]\n`);
        }
      }
      if (flags.out) process.stderr.write(`wrote ${written} files to ${flags.out}${failed ? `, ${failed} failed` : ""}\n`);
      if (failed) process.exitCode = 1;
    });
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
