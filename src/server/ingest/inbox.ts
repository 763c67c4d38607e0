import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { StoreError } from "../../errors.ts";
import type { PostedArticle } from "./posted.ts";

/** A queued job as written to the inbox before the server answers 202. */
export interface InboxJob {
  id: string;
  created: string;
  items: PostedArticle[];
}

const ID = /^[0-9a-f-]{36}$/;

/**
 * Posted articles on disk until they are stored: one JSON file per job, written (atomically, by rename) before the
 * client is told 202 and removed once every article is processed. A server killed mid-job finds the file at start
 * and finishes the job under the same id; articles already stored come back "existing", so nothing is stored twice.
 */
export class Inbox {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
    try {
      mkdirSync(dir, { recursive: true });
    } catch (err) {
      throw new StoreError(`cannot create the ingest inbox ${dir}: ${(err as Error).message}`, { cause: err });
    }
  }

  put(job: InboxJob): void {
    const file = join(this.#dir, `${job.id}.json`);
    try {
      writeFileSync(`${file}.tmp`, JSON.stringify(job));
      renameSync(`${file}.tmp`, file);
    } catch (err) {
      throw new StoreError(`cannot keep the posted articles in the inbox: ${(err as Error).message}`, { cause: err });
    }
  }

  remove(id: string): void {
    rmSync(join(this.#dir, `${id}.json`), { force: true });
  }

  /** Jobs a previous run left unfinished, oldest first; an unreadable file is reported and left for a person to see. */
  pending(): InboxJob[] {
    const jobs: InboxJob[] = [];
    for (const name of readdirSync(this.#dir)) {
      if (!name.endsWith(".json") || !ID.test(name.slice(0, -5))) continue;
      try {
        const job = JSON.parse(readFileSync(join(this.#dir, name), "utf8")) as InboxJob;
        if (job.id === name.slice(0, -5) && Array.isArray(job.items)) jobs.push(job);
      } catch (err) {
        console.error(`communique: ingest inbox: ${name} cannot be read (${(err as Error).message}); left in place`);
      }
    }
    return jobs.sort((a, b) => (a.created < b.created ? -1 : 1));
  }
}
