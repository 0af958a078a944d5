import { parseArgs } from 'node:util';
import { encodingName } from '../encoding.js';
import { GazetaError } from '../errors.js';
import { DOCUMENT_FILES, FORMAT_NAMES, OFFSET_FORMATS, type FormatName } from '../format/index.js';
import { OFFSET_UNITS, type OffsetUnit } from '../format/offsets.js';
import type { InputKind } from './inputs.js';

export const USAGE = `Usage: gazeta annotate [files, directories or globs…] [options]
       gazeta --version | --help

Annotates Russian news text: people, organisations, places and quotes with speakers.
Reads the files, or standard input when none is given (or for -). A directory gives its
*.txt and *.jsonl files (recursively, hidden ones skipped); a quoted glob ('news/**/*.jsonl',
'{a,b}/*.txt') the files it matches. A .jsonl file is read as JSON lines {"id", "text"},
a .txt file as one text; other files and standard input follow --input.

Options:
  --format FORMAT            ${FORMAT_NAMES.join(', ')};
                             default text, jsonl for JSON-lines input
  --input text|jsonl         input: whole texts (default) or JSON lines {"id", "text"}
  --offsets utf16|codepoint  how offsets count: UTF-16 code units (JavaScript, the default) or
                             code points (Python); for ${OFFSET_FORMATS.join(', ')}
                             (spacy counts code points unless told utf16)
  --out-dir DIR              one file per document in DIR (${Object.keys(DOCUMENT_FILES).join(', ')}); stdout lists
                             the files written, one JSON line per document
  --encoding NAME            the inputs' encoding (windows-1251, koi8-r, utf-16le …); default UTF-8
  --dict FILE                a user dictionary (JSONL patterns or TSV); repeatable
  --time-budget MS           milliseconds one document may take; once spent, its later stages
                             are skipped and stderr gets a warning (the record is still written)
  --workers N                annotate on N worker threads (default 1: this thread); output order is input order
  --strict                   stop at the first bad JSON line (exit 1) instead of writing an error record
  --quiet                    no summary line on stderr
  -v, --version              the version
  -h, --help                 this help`;

export interface CliOptions {
  format: FormatName;
  input: InputKind;
  files: string[];
  dicts: string[];
  encoding?: string;
  workers: number;
  strict: boolean;
  quiet: boolean;
  offsets?: OffsetUnit;
  outDir?: string;
  /** --time-budget: per document, in milliseconds. */
  timeBudgetMs?: number;
}

/** What the command line asks for: a run, the help or the version. */
export type Command = { kind: 'annotate'; options: CliOptions } | { kind: 'help'; asked: boolean } | { kind: 'version' };

const MAX_WORKERS = 64;

/** Throws GazetaError on bad usage. */
export function parse(argv: string[]): Command {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      input: { type: 'string', default: 'text' },
      offsets: { type: 'string' },
      'out-dir': { type: 'string' },
      dict: { type: 'string', multiple: true, default: [] },
      encoding: { type: 'string' },
      workers: { type: 'string', default: '1' },
      'time-budget': { type: 'string' },
      strict: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      version: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { kind: 'help', asked: true };
  if (values.version) return { kind: 'version' };
  if (positionals[0] !== 'annotate') {
    if (positionals.length > 0) throw new GazetaError('INVALID_OPTIONS', `unknown command ${positionals[0]}`);
    return { kind: 'help', asked: false };
  }
  if (values.input !== 'text' && values.input !== 'jsonl') throw new GazetaError('INVALID_OPTIONS', '--input must be text or jsonl');
  // JSON lines in give JSON lines out unless a format is asked for.
  const format = values.format ?? (values.input === 'jsonl' ? 'jsonl' : 'text');
  if (!(FORMAT_NAMES as string[]).includes(format)) throw new GazetaError('INVALID_OPTIONS', `--format must be one of ${FORMAT_NAMES.join(', ')}`);
  const offsets = values.offsets as OffsetUnit | undefined;
  if (offsets !== undefined && !OFFSET_UNITS.includes(offsets)) throw new GazetaError('INVALID_OPTIONS', '--offsets must be utf16 or codepoint');
  if (offsets === 'codepoint' && !OFFSET_FORMATS.includes(format as FormatName)) {
    throw new GazetaError('INVALID_OPTIONS', `--offsets codepoint: the ${format} format writes no offsets (it is for ${OFFSET_FORMATS.join(', ')})`);
  }
  const outDir = values['out-dir'];
  if (outDir !== undefined && !(format in DOCUMENT_FILES)) {
    throw new GazetaError('INVALID_OPTIONS', `--out-dir writes one file per document for ${Object.keys(DOCUMENT_FILES).join(', ')}, not ${format}`);
  }
  if (outDir === '') throw new GazetaError('INVALID_OPTIONS', '--out-dir needs a directory');
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) {
    throw new GazetaError('INVALID_OPTIONS', `--workers must be a whole number from 1 to ${MAX_WORKERS}`);
  }
  const budget = values['time-budget'];
  const timeBudgetMs = budget === undefined ? undefined : Number(budget);
  if (timeBudgetMs !== undefined && (budget!.trim() === '' || !Number.isFinite(timeBudgetMs) || timeBudgetMs <= 0)) {
    throw new GazetaError('INVALID_OPTIONS', '--time-budget must be a number of milliseconds above 0');
  }
  return {
    kind: 'annotate',
    options: {
      format: format as FormatName, input: values.input, files: positionals.slice(1), dicts: values.dict,
      workers, strict: values.strict, quiet: values.quiet,
      ...(offsets ? { offsets } : {}), ...(outDir !== undefined ? { outDir } : {}),
      ...(timeBudgetMs !== undefined ? { timeBudgetMs } : {}),
      ...(values.encoding !== undefined ? { encoding: encodingName(values.encoding) } : {}),
    },
  };
}
