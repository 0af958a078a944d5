#!/usr/bin/env node
import { createReadStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createAnnotator, type Annotator } from '../annotator.js';
import { GazetaError } from '../errors.js';
import { FORMATS, render } from '../format/index.js';

const USAGE = `Usage: gazeta annotate [files…] [options]

Annotates Russian news text: people, organisations, places and quotes with speakers.
Reads the files, or standard input when none is given.

Options:
  --format FORMAT            text (default), json, jsonl (one indexing record per document), inline
  --input text|jsonl         input: whole texts (default) or JSON lines {"id", "text"}
  --dict FILE                a user dictionary (JSONL patterns or TSV); repeatable
  -h, --help                 this help`;

type Format = string;

interface CliOptions {
  format: Format;
  input: 'text' | 'jsonl';
  files: string[];
  dicts: string[];
}

function parse(argv: string[]): CliOptions | null {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      input: { type: 'string', default: 'text' },
      dict: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals[0] !== 'annotate') return null;
  if (!(values.format in FORMATS)) throw new GazetaError('INVALID_OPTIONS', `--format must be one of ${Object.keys(FORMATS).join(', ')}`);
  if (values.input !== 'text' && values.input !== 'jsonl') throw new GazetaError('INVALID_OPTIONS', '--input must be text or jsonl');
  return { format: values.format as Format, input: values.input, files: positionals.slice(1), dicts: values.dict };
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line + '\n')) await once(process.stdout, 'drain');
}

/** JSON lines in, one line out per line in, same order; a bad line becomes an error record. */
async function annotateJsonl(annotator: Annotator, options: CliOptions): Promise<void> {
  const inputs = options.files.length > 0 ? options.files : ['-'];
  for (const file of inputs) {
    const stream = file === '-' ? process.stdin : createReadStream(file);
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let lineNo = 0;
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      let record: { id?: unknown; text?: unknown };
      try {
        record = JSON.parse(line);
        if (typeof record !== 'object' || record === null || typeof record.text !== 'string') throw new Error('expected {"id", "text"} with a string text');
      } catch (error) {
        await write(JSON.stringify({ id: null, file, line: lineNo, error: (error as Error).message }));
        continue;
      }
      const doc = annotator.annotate(record.text as string);
      await write(render(options.format === 'text' ? 'jsonl' : options.format, doc, record.id ?? null));
    }
  }
}

async function annotateTexts(annotator: Annotator, options: CliOptions): Promise<void> {
  if (options.files.length === 0) {
    const text = readFileSync(0, 'utf8');
    await write(render(options.format, annotator.annotate(text)));
    return;
  }
  for (const file of options.files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new GazetaError('INVALID_INPUT', `cannot read ${file}: ${(error as Error).message}`);
    }
    await write(render(options.format, annotator.annotate(text), options.files.length > 1 || options.format !== 'text' ? file : undefined));
  }
}

export async function main(argv: string[]): Promise<number> {
  let options: CliOptions | null;
  try {
    options = parse(argv);
  } catch (error) {
    process.stderr.write(`gazeta: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (!options) {
    process.stdout.write(USAGE + '\n');
    return argv.includes('-h') || argv.includes('--help') ? 0 : 2;
  }
  try {
    const annotator = createAnnotator({ dictionaryFiles: options.dicts });
    if (options.input === 'jsonl') await annotateJsonl(annotator, options);
    else await annotateTexts(annotator, options);
    return 0;
  } catch (error) {
    process.stderr.write(`gazeta: ${error instanceof GazetaError ? error.message : (error as Error).stack}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
