export type GazetaErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_OPTIONS'
  | 'DICTIONARY_FORMAT'
  | 'DICTIONARY_READ';

/** The one error type gazeta throws on purpose: a code to branch on and a message to show. */
export class GazetaError extends Error {
  readonly code: GazetaErrorCode;

  constructor(code: GazetaErrorCode, message: string) {
    super(message);
    this.name = 'GazetaError';
    this.code = code;
  }
}
