/**
 * An error the user can act on: bad input, a file that cannot be opened, a name that is not allowed.
 * The message names the file, row, column or field. Anything else thrown is a programmer error.
 */
export class UserError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(message: string, options: { code?: string; details?: Record<string, unknown>; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'UserError';
    this.code = options.code ?? 'user-error';
    this.details = options.details;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
