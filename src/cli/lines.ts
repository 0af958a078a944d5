import type { Readable } from 'node:stream';
import { createDecoder, type StreamDecoder } from '../encoding.js';

/**
 * The lines of a stream, without line ends (\n, \r\n or a lone \r: files from old Mac
 * tools end lines with \r alone). Chunks are pulled only as lines are consumed, so a slow
 * consumer stops the reading (back-pressure) and memory holds one chunk plus one line,
 * whatever the input size. The decoder drops a BOM and notes bytes that are not UTF-8.
 */
export async function* readLines(
  stream: Readable,
  onBytes?: (bytes: number) => void,
  decoder: StreamDecoder = createDecoder(),
): AsyncGenerator<string> {
  let carry = '';
  // A chunk that ends in \r may be half of a \r\n: the \n that opens the next chunk is not a new line.
  let afterCr = false;
  const split = function* (text: string, last: boolean): Generator<string> {
    if (afterCr && text.startsWith('\n')) {
      text = text.slice(1);
      afterCr = false;
    }
    let from = 0;
    const lineEnd = /\r\n?|\n/g;
    for (let m = lineEnd.exec(text); m !== null; m = lineEnd.exec(text)) {
      const line = text.slice(from, m.index);
      yield from === 0 ? carry + line : line;
      if (from === 0) carry = '';
      from = m.index + m[0].length;
    }
    if (text !== '') afterCr = text.endsWith('\r');
    // A long line spans chunks: the carry grows by appending, only new text is searched.
    carry = from === 0 ? carry + text : text.slice(from);
    if (last && carry !== '') {
      yield carry;
      carry = '';
    }
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes?.(chunk.length);
    yield* split(decoder.write(chunk), false);
  }
  yield* split(decoder.end(), true);
}
