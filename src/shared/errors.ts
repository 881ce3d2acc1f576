/**
 * Every error the project raises carries a code that callers branch on (never the message),
 * the module that raised it, and whether retrying the same call may succeed.
 */
export class WutongError extends Error {
  readonly code: string;
  readonly module: string;
  readonly retriable: boolean;

  constructor(module: string, code: string, message: string, options: { retriable?: boolean; cause?: unknown } = {}) {
    super(`${module}: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'WutongError';
    this.code = code;
    this.module = module;
    this.retriable = options.retriable ?? false;
  }
}

export function isWutongError(error: unknown, code?: string): error is WutongError {
  return error instanceof WutongError && (code === undefined || error.code === code);
}

/**
 * One line saying what went wrong: a WutongError's own message, any other error as its name and the
 * first line of its message (`RangeError: Maximum call stack size exceeded`).
 */
export function errorLine(error: unknown): string {
  const text = isWutongError(error) ? error.message : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0]!.trim();
}
