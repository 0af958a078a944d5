import { parseArgs } from 'node:util';
import { encodingName } from '../encoding.js';
import { GazetaError } from '../errors.js';
import { FORMATS } from '../format/index.js';
import type { InputKind } from './inputs.js';

export const USAGE = `Usage: gazeta annotate [files, directories or globs…] [options]

Annotates Russian news text: people, organisations, places and quotes with speakers.
Reads the files, or standard input when none is given. A directory gives its *.txt and
*.jsonl files (recursively); a quoted glob ('news/**/*.jsonl') the files it matches.
A .jsonl file is read as JSON lines, a .txt file as one text; other files follow --input.

Options:
  --format FORMAT            ${Object.keys(FORMATS).join(', ')}; default text, jsonl for JSON-lines input
  --input text|jsonl         input: whole texts (default) or JSON lines {"id", "text"}
  --encoding NAME            the inputs' encoding (windows-1251, koi8-r, utf-16le …); default UTF-8
  --dict FILE                a user dictionary (JSONL patterns or TSV); repeatable
  --workers N                annotate on N worker threads (default 1: this thread); output order is input order
  --strict                   stop at the first bad JSON line (exit 1) instead of writing an error record
  --quiet                    no summary line on stderr
  -h, --help                 this help`;

export interface CliOptions {
  format: string;
  input: InputKind;
  files: string[];
  dicts: string[];
  encoding?: string;
  workers: number;
  strict: boolean;
  quiet: boolean;
}

const MAX_WORKERS = 64;

/** The options, or null for help / no command. Throws GazetaError on bad usage. */
export function parse(argv: string[]): CliOptions | null {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      input: { type: 'string', default: 'text' },
      dict: { type: 'string', multiple: true, default: [] },
      encoding: { type: 'string' },
      workers: { type: 'string', default: '1' },
      strict: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals[0] !== 'annotate') return null;
  if (values.input !== 'text' && values.input !== 'jsonl') throw new GazetaError('INVALID_OPTIONS', '--input must be text or jsonl');
  // JSON lines in give JSON lines out unless a format is asked for.
  const format = values.format ?? (values.input === 'jsonl' ? 'jsonl' : 'text');
  if (!(format in FORMATS)) throw new GazetaError('INVALID_OPTIONS', `--format must be one of ${Object.keys(FORMATS).join(', ')}`);
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) {
    throw new GazetaError('INVALID_OPTIONS', `--workers must be a whole number from 1 to ${MAX_WORKERS}`);
  }
  return {
    format, input: values.input, files: positionals.slice(1), dicts: values.dict,
    workers, strict: values.strict, quiet: values.quiet,
    encoding: values.encoding === undefined ? undefined : encodingName(values.encoding),
  };
}
