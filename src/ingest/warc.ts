/** One WARC record: its headers (lower-cased names) and its block, or null when the block was over the limit. */
export interface WarcRecord {
  no: number;
  headers: Map<string, string>;
  block: Buffer | null;
  size: number;
}

export class WarcFormatError extends Error {}

const MAX_HEADER = 64 * 1024;
const CRLF2 = Buffer.from("\r\n\r\n");

/**
 * Splits a WARC stream into records as it arrives: only the record being read is in memory, and a block over
 * `maxBytes` is counted and skipped, never buffered. Throws WarcFormatError where the stream stops being WARC.
 */
export async function* warcRecords(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<WarcRecord> {
  let buf: Buffer = Buffer.alloc(0);
  let no = 0;
  const it = chunks[Symbol.asyncIterator]();
  let done = false;
  const more = async (): Promise<boolean> => {
    if (done) return false;
    const r = await it.next();
    if (r.done) return !(done = true);
    buf = buf.length ? Buffer.concat([buf, r.value]) : r.value;
    return true;
  };
  for (;;) {
    // Records are separated by CRLF pairs; skip them (and stray blank lines) before the next version line.
    let start = 0;
    for (;;) {
      while (start < buf.length && (buf[start] === 13 || buf[start] === 10)) start++;
      if (start < buf.length) break;
      buf = Buffer.alloc(0);
      start = 0;
      if (!(await more())) return;
    }
    buf = buf.subarray(start);
    let end = buf.indexOf(CRLF2);
    while (end < 0) {
      if (buf.length > MAX_HEADER) throw new WarcFormatError(`record ${no + 1}: header longer than 64 KB`);
      if (!(await more())) throw new WarcFormatError(`record ${no + 1}: truncated header`);
      end = buf.indexOf(CRLF2);
    }
    const head = buf.subarray(0, end).toString("latin1").split("\r\n");
    if (!/^WARC\/\d/.test(head[0] ?? "")) throw new WarcFormatError(`record ${no + 1}: no WARC version line`);
    no++;
    const headers = new Map<string, string>();
    for (const line of head.slice(1)) {
      const i = line.indexOf(":");
      if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
    }
    const size = Number(headers.get("content-length"));
    if (!Number.isSafeInteger(size) || size < 0) throw new WarcFormatError(`record ${no}: no valid Content-Length`);
    buf = buf.subarray(end + 4);
    const keep = size <= maxBytes;
    const parts: Buffer[] = [];
    let left = size;
    while (left > 0) {
      if (!buf.length && !(await more())) throw new WarcFormatError(`record ${no}: truncated block (${left} of ${size} bytes missing)`);
      const take = Math.min(left, buf.length);
      if (keep) parts.push(buf.subarray(0, take));
      buf = buf.subarray(take);
      left -= take;
    }
    yield { no, headers, block: keep ? Buffer.concat(parts) : null, size };
  }
}
