import { Command, CommanderError } from "commander";
import { CommuniqueError } from "../errors.ts";
import { registerCommands } from "./commands/index.ts";

/** Entry point of the `communique` command; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command("communique")
    .description("Turns news about intergovernmental security organizations into a sourced knowledge base")
    .exitOverride()
    .showHelpAfterError();
  registerCommands(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof CommuniqueError) {
      process.stderr.write(`communique: ${err.message} [${err.code}]\n`);
      return 2;
    }
    throw err;
  }
}
