#!/usr/bin/env node
import { once } from 'node:events';
import { fstatSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { createAnnotator } from '../annotator.js';
import { readDictionaryFiles } from '../dict/user.js';
import { GazetaError } from '../errors.js';
import { version } from '../version.js';
import { parse, USAGE, type CliOptions, type Command } from './args.js';
import { CliError } from './cli-error.js';
import { expandInputs, type Input } from './inputs.js';
import { writingFiles } from './out-dir.js';
import { inProcessRunner, workerPool, type Runner } from './pool.js';
import { createProgress, summaryLine } from './progress.js';
import { run } from './run.js';

// Profiled on the news corpus: V8's optimising compiler took 30–40 % of all CPU time (on its
// helper threads), half of it inlining, while the code it produced ran no faster for it
// (main-thread time equal within 2 %). Without inlining a run needs ~20 % less CPU, and
// `--workers N` gains most: each worker compiles everything again. Set before any code is hot.
setFlagsFromString('--no-turbo-inlining');

async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/** The input size in bytes for the ETA, when every input is a regular file. */
function totalBytes(inputs: readonly Input[]): number | null {
  try {
    let total = 0;
    for (const { path } of inputs) {
      const stat = path === '-' ? fstatSync(0) : statSync(path);
      if (!stat.isFile()) return null;
      total += stat.size;
    }
    return total;
  } catch {
    return null;
  }
}

function runner(options: CliOptions): Runner {
  const render = { format: options.format, offsets: options.offsets, files: options.outDir !== undefined, timeBudgetMs: options.timeBudgetMs };
  // Read once, here: a bad or conflicting dictionary stops the run before any worker starts,
  // and one pattern under two ids in two files is caught like one in a single file.
  const dictionaries = readDictionaryFiles(options.dicts);
  const inner = options.workers > 1
    ? workerPool(options.workers, { ...render, dictionaries })
    : inProcessRunner(createAnnotator({ dictionaries }), render);
  return options.outDir === undefined ? inner : writingFiles(inner, options.outDir);
}

/** Annotates every input; false when an input could not be read (the others were annotated). */
async function annotateAll(options: CliOptions): Promise<boolean> {
  const inputs = expandInputs(options.files, options.input);
  // Without this a terminal on stdin looks like a hang: say what is awaited.
  if (process.stdin.isTTY && inputs.some((input) => input.path === '-')) {
    process.stderr.write('gazeta: reading standard input (end with Ctrl-D; gazeta --help for files)\n');
  }
  const startedAt = performance.now();
  const progress = createProgress(process.stderr, totalBytes(inputs), startedAt);
  const pool = runner(options);
  try {
    const stats = await run({
      inputs,
      runner: pool,
      strict: options.strict,
      labelTexts: inputs.length > 1 || options.format !== 'text',
      encoding: options.encoding,
      write,
      report(kind, message) {
        progress.end();
        process.stderr.write(`gazeta: ${kind === 'warning' ? 'warning: ' : ''}${message}\n`);
      },
      onProgress: progress.update,
    });
    progress.end();
    if (!options.quiet) process.stderr.write(summaryLine(stats.docs, stats.errors, (performance.now() - startedAt) / 1000, stats.unreadable.length) + '\n');
    return stats.unreadable.length === 0;
  } finally {
    progress.end();
    await pool.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  let command: Command;
  try {
    command = parse(argv);
  } catch (error) {
    process.stderr.write(`gazeta: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.kind === 'version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (command.kind === 'help') {
    // Asked for, the help is the output; otherwise it explains an error.
    (command.asked ? process.stdout : process.stderr).write(USAGE + '\n');
    return command.asked ? 0 : 2;
  }
  try {
    return (await annotateAll(command.options)) ? 0 : 1;
  } catch (error) {
    const known = error instanceof GazetaError || error instanceof CliError;
    process.stderr.write(`gazeta: ${known ? (error as Error).message : (error as Error).stack}\n`);
    return 1;
  }
}

// A consumer that goes away (| head) ends the run quietly; any other write failure (a full
// disk) is said in one line, not a stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`gazeta: cannot write the output: ${error.message}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
