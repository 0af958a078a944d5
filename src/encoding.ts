import { GazetaError } from './errors.js';

/**
 * Bytes to text for files and streams: UTF-8 unless told otherwise, a byte-order mark
 * dropped (a BOM-declared UTF-16 is read as such), and bytes that are not UTF-8 noticed and
 * named. Russian text that is not UTF-8 is nearly always windows-1251, koi8-r or ibm866;
 * which one shows in where the lower-case letters fall, since running text is mostly
 * lower case.
 */

/** The WHATWG name for an encoding label (cp1251 → windows-1251); a GazetaError for one Node cannot decode. */
export function encodingName(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new GazetaError('INVALID_OPTIONS', `unknown encoding "${label}" (e.g. windows-1251, koi8-r, ibm866, utf-16le)`);
  }
}

export interface StreamDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
  /** Set once the bytes turn out not to be UTF-8: what they look like, for a warning. */
  readonly problem: string | null;
}

const REPLACEMENT = '\ufffd';
const SNIFF = 3;

/**
 * A streaming decoder. With `encoding` the bytes are decoded as that (its BOM dropped);
 * without, a UTF-16 BOM picks UTF-16 and anything else is read as UTF-8, BOM dropped.
 */
export function createDecoder(encoding?: string): StreamDecoder {
  let decoder: TextDecoder | null = encoding ? new TextDecoder(encoding) : null;
  const checked = !encoding || encodingName(encoding) === 'utf-8';
  let head = new Uint8Array(0);
  let problem: string | null = null;

  const decode = (bytes: Uint8Array, stream: boolean): string => {
    const text = decoder!.decode(bytes, { stream });
    // A replacement character the bytes did not spell out themselves is a byte that is not UTF-8.
    if (checked && problem === null && decoder!.encoding === 'utf-8' && text.includes(REPLACEMENT) && countOf(text) > countBytes(bytes)) {
      problem = describe(bytes);
    }
    return text;
  };
  const start = (bytes: Uint8Array): string => {
    decoder ??= new TextDecoder(utf16Bom(bytes) ?? 'utf-8');
    return decode(bytes, true);
  };

  return {
    write(bytes) {
      if (decoder) return decode(bytes, true);
      // The BOM needs the first three bytes; a stream may deliver fewer at first.
      const joined = new Uint8Array(head.length + bytes.length);
      joined.set(head);
      joined.set(bytes, head.length);
      head = joined;
      return head.length < SNIFF ? '' : start(head);
    },
    end() {
      const rest = decoder ? '' : start(head);
      return rest + decode(new Uint8Array(0), false);
    },
    get problem() {
      return problem;
    },
  };
}

/** A whole file's bytes as text, and what is wrong with them (null when they are fine). */
export function decodeBytes(bytes: Uint8Array, encoding?: string): { text: string; problem: string | null } {
  const decoder = createDecoder(encoding);
  const text = decoder.write(bytes) + decoder.end();
  return { text, problem: decoder.problem };
}

function utf16Bom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function countOf(text: string): number {
  let n = 0;
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) n++;
  return n;
}

/** How many times the bytes spell U+FFFD in UTF-8 (EF BF BD). Plain JavaScript: this module also runs in the browser build. */
function countBytes(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

/** What bytes that are not UTF-8 look like, for a warning that names the encoding to pass. */
export function describe(bytes: Uint8Array): string {
  const guess = guessEncoding(bytes);
  return guess
    ? `not UTF-8: looks like ${guess} (pass --encoding ${guess})`
    : 'not UTF-8, in an encoding not recognised (pass --encoding NAME)';
}

/**
 * The likely encoding of bytes that are not UTF-8. UTF-16 without a BOM shows in its high
 * bytes: one value (00 for Latin, 04 for Cyrillic) fills every other byte. The Cyrillic code
 * pages show in where most letters fall: lower case is а–я at E0–FF in windows-1251, at
 * C0–DF in koi8-r, and at A0–AF and E0–EF in ibm866.
 */
export function guessEncoding(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 1 << 16);
  const byParity = [new Array<number>(256).fill(0), new Array<number>(256).fill(0)] as const;
  const band = new Array<number>(8).fill(0); // counts by byte >> 4, for 0x80–0xFF
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    byParity[i % 2]![b]!++;
    if (b >= 0x80) band[(b >> 4) - 8]!++;
  }
  const half = sample.length / 2;
  const [evenTop, oddTop] = byParity.map((counts) => Math.max(...counts)) as [number, number];
  if (half >= 4 && oddTop > half * 0.6 && evenTop < half * 0.4) return 'utf-16le';
  if (half >= 4 && evenTop > half * 0.6 && oddTop < half * 0.4) return 'utf-16be';
  const high = band.reduce((a, b) => a + b, 0);
  if (high === 0) return null;
  const [, , a, , c, d, e, f] = band as [number, number, number, number, number, number, number, number];
  const cp1251 = e + f;
  const koi8 = c + d;
  const cp866 = a + e;
  const best = Math.max(cp1251, koi8, cp866);
  if (best < high * 0.5) return null;
  if (best === koi8) return 'koi8-r';
  // windows-1251 and ibm866 share E0–EF; F0–FF (р–я in windows-1251) against A0–AF (а–п in ibm866) tells them apart.
  return f >= a ? 'windows-1251' : 'ibm866';
}
