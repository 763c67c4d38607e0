/** One line of a file as bytes; `bytes` is null when the line was longer than the limit (its bytes were dropped). */
export interface ByteLine {
  lineNo: number;
  bytes: Buffer | null;
  size: number;
}

/**
 * Splits a stream of bytes into lines as it streams, keeping at most `maxBytes` of any one line in memory: a huge record is
 * measured and skipped, never buffered. Bytes rather than strings so each line's UTF-8 can be checked on its own.
 */
export async function* byteLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let lineNo = 0;
  const finish = (): ByteLine => {
    lineNo++;
    const line = { lineNo, bytes: size > maxBytes ? null : Buffer.concat(parts), size };
    parts = [];
    size = 0;
    return line;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    take(chunk.subarray(from));
  }
  if (size > 0) yield finish();

  function take(piece: Buffer): void {
    if (size + piece.length <= maxBytes) parts.push(piece);
    else parts = [];
    size += piece.length;
  }
}
