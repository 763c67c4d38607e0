import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const BIN = join(ROOT, "bin", "communique.mjs");
export const EXAMPLES = join(ROOT, "examples");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `communique` command, as a user would, in a child process. */
export function cli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, encoding: "utf8", env: { ...process.env, COLUMNS: "200", ...opts.env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function cliAsync(args: string[]) {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
}

export function tempDir(prefix = "communique-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
