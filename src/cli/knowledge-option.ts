import type { Command } from "commander";
import { loadKnowledge } from "../data/bundle.ts";
import { envDataDirs, useKnowledge } from "../data/current.ts";

/**
 * `--data DIR` (repeatable) and COMMUNIQUE_DATA: folders of the user's own knowledge files, validated and added to
 * the bundled data before any command runs, so a broken file stops the run at once with its coded error.
 */
export function withKnowledge(program: Command): Command {
  return program
    .option("--data <dir>", "a folder of your own knowledge files (organizations.json, titles.json, places.json...); repeatable", (d: string, acc: string[]) => [...acc, d], [] as string[])
    .hook("preAction", (cmd) => {
      const dirs = [...envDataDirs(), ...((cmd.opts().data as string[] | undefined) ?? [])];
      useKnowledge(loadKnowledge({ dirs }));
      // Worker threads and child processes load their own bundle: they find the same folders here.
      if (dirs.length) process.env.COMMUNIQUE_DATA = dirs.join(process.platform === "win32" ? ";" : ":");
    });
}
