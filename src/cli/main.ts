import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { CommuniqueError, ERROR_STATUS } from "../errors.ts";
import { packagePath } from "../data/package-root.ts";
import { registerCommands } from "./commands/index.ts";
import { withKnowledge } from "./knowledge-option.ts";

const VERSION = (JSON.parse(readFileSync(packagePath("package.json"), "utf8")) as { version: string }).version;

/** Entry point of the `communique` command; returns the exit code (1: nothing matched, 2: an error; see errors.ts). */
export async function main(argv: string[]): Promise<number> {
  const program = new Command("communique")
    .description("Turns news about intergovernmental security organizations into a sourced knowledge base")
    .version(VERSION, "-V, --version", "print the version")
    .exitOverride()
    .showHelpAfterError();
  withKnowledge(program);
  await registerCommands(program, argv);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof CommuniqueError) {
      process.stderr.write(`communique: ${err.message} [${err.code}]\n`);
      return ERROR_STATUS[err.code].exit;
    }
    throw err;
  }
}
