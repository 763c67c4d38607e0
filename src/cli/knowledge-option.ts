import type { Command } from "commander";

/**
 * `--data DIR` (repeatable) and COMMUNIQUE_DATA: folders of the user's own knowledge files, validated and added to
 * the bundled data before any command runs, so a broken file stops the run at once with its coded error.
 */
export function withKnowledge(program: Command): Command {
  return program
    .option("--data <dir>", "a folder of your own knowledge files (organizations.json, titles.json, places.json...); repeatable", (d: string, acc: string[]) => [...acc, d], [] as string[])
    .hook("preAction", async (cmd) => {
      // Loaded here, not at start-up: help and errors in the arguments need no knowledge.
      const { bundledKnowledge, envDataDirs, useKnowledge } = await import("../data/current.ts");
      const dirs = [...envDataDirs(), ...((cmd.opts().data as string[] | undefined) ?? [])];
      // The validating loader (zod) is loaded only for user folders; the bundled data alone comes checked by the build.
      useKnowledge(dirs.length ? (await import("../data/bundle.ts")).loadKnowledge({ dirs }) : await bundledKnowledge());
      // Worker threads and child processes load their own bundle: they find the same folders here.
      if (dirs.length) process.env.COMMUNIQUE_DATA = dirs.join(process.platform === "win32" ? ";" : ":");
    });
}
