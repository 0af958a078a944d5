#!/usr/bin/env node
import { once } from 'node:events';
import { fstatSync, statSync } from 'node:fs';
import { createAnnotator } from '../annotator.js';
import { GazetaError } from '../errors.js';
import { version } from '../version.js';
import { parse, USAGE, type CliOptions, type Command } from './args.js';
import { CliError } from './cli-error.js';
import { expandInputs, type Input } from './inputs.js';
import { writingFiles } from './out-dir.js';
import { inProcessRunner, workerPool, type Runner } from './pool.js';
import { createProgress, summaryLine } from './progress.js';
import { run } from './run.js';

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
  const render = { format: options.format, offsets: options.offsets, files: options.outDir !== undefined };
  const inner = options.workers > 1
    ? workerPool(options.workers, { ...render, dicts: options.dicts })
    : inProcessRunner(createAnnotator({ dictionaryFiles: options.dicts }), render);
  return options.outDir === undefined ? inner : writingFiles(inner, options.outDir);
}

async function annotateAll(options: CliOptions): Promise<void> {
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
      write,
      onProgress: progress.update,
    });
    progress.end();
    if (!options.quiet) process.stderr.write(summaryLine(stats.docs, stats.errors, (performance.now() - startedAt) / 1000) + '\n');
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
    await annotateAll(command.options);
    return 0;
  } catch (error) {
    const known = error instanceof GazetaError || error instanceof CliError;
    process.stderr.write(`gazeta: ${known ? (error as Error).message : (error as Error).stack}\n`);
    return 1;
  }
}

// A consumer that goes away (| head) ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
