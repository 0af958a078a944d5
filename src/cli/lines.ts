import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/**
 * The lines of a stream, without line ends (\n or \r\n). Chunks are pulled only as lines are
 * consumed, so a slow consumer stops the reading (back-pressure) and memory holds one chunk
 * plus one line, whatever the input size.
 */
export async function* readLines(stream: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes?.(chunk.length);
    const text = decoder.write(chunk);
    let newline = text.indexOf('\n');
    // A long line spans chunks: only the new text is searched, the carry grows by appending.
    if (newline === -1) {
      carry += text;
      continue;
    }
    yield withoutCr(carry + text.slice(0, newline));
    let from = newline + 1;
    while ((newline = text.indexOf('\n', from)) !== -1) {
      yield withoutCr(text.slice(from, newline));
      from = newline + 1;
    }
    carry = text.slice(from);
  }
  carry += decoder.end();
  if (carry !== '') yield withoutCr(carry);
}

const withoutCr = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
