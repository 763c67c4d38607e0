// The benchmark corpus: BBC News articles (../shared/data/bbc-news) as records, replicated under distinct ids.
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { once } from "node:events";

export interface BenchRecord {
  id: string;
  text: string;
}

export async function readCorpus(path: string): Promise<BenchRecord[]> {
  if (!existsSync(path)) return [];
  const input = createReadStream(path);
  const out: BenchRecord[] = [];
  for await (const line of createInterface({ input: path.endsWith(".gz") ? input.pipe(createGunzip()) : input, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id?: string; text: string };
    out.push({ id: r.id ?? `line-${out.length}`, text: r.text });
  }
  return out;
}

const paragraphs = (t: string) => t.split(/\n\s*\n/);

/**
 * Record n of an endless corpus built from `base`: the originals first, then copies under new ids, each copy the
 * first half of one article and the second half of another, so that no copy is a near duplicate of a stored
 * article (which would be linked, not merged) and the people and events keep recurring as in a real archive.
 */
export function replicated(base: BenchRecord[], n: number): BenchRecord {
  const round = Math.floor(n / base.length);
  const i = n % base.length;
  const a = base[i]!;
  if (round === 0) return { id: a.id.replace(/\//g, "-"), text: a.text };
  const b = base[(i + 7919 * round) % base.length]!;
  const pa = paragraphs(a.text);
  const pb = paragraphs(b.text);
  const text = [...pa.slice(0, Math.ceil(pa.length / 2)), ...pb.slice(Math.ceil(pb.length / 2))].join("\n\n");
  return { id: `r${round}-${a.id.replace(/\//g, "-")}`, text };
}

/** Writes records [from, to) of the replicated corpus as JSON Lines. */
export async function writeCorpus(base: BenchRecord[], file: string, count: number, from = 0): Promise<void> {
  const out = createWriteStream(file);
  for (let n = from; n < from + count; n++) {
    if (!out.write(`${JSON.stringify(replicated(base, n))}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
