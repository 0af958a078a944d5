/** A failure the CLI reports by its message alone (no stack): a --strict stop, a worker that could not start. */
export class CliError extends Error {
  override name = 'CliError';
}
