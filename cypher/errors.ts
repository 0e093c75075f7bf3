// The errors cypher/ throws on purpose: an analysis that cannot be found or read, a bad
// header, a parameter that does not fit. The CLI's reporter maps the code to an exit code.

/** Codes of the failures the analyses layer reports. */
export type AnalysisErrorCode = 'KG_USAGE';

/** An analysis or parameter the user gave cannot be used: the message names it and says what to do. */
export class AnalysisError extends Error {
  readonly code: AnalysisErrorCode;

  constructor(code: AnalysisErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AnalysisError';
    this.code = code;
  }
}
