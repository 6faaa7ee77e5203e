import { CALL_ERROR_CODES, contract, isCallName, type CallResult } from '../shared/contract';
import { isUserError } from '../shared/model/user-error';
import { describeDatabaseError } from './services/campaign/describe-database-error';
import type { Handlers } from './api';

/**
 * Runs one call from either bridge: checks the name, parses the input with the contract's schema,
 * calls the handler and returns a value or an error the renderer can show. Never throws.
 */
export async function dispatchCall(handlers: Handlers, name: string, rawInput: unknown): Promise<CallResult<unknown>> {
  if (!isCallName(name)) return { ok: false, error: { code: CALL_ERROR_CODES.unknownCall, message: `There is no call "${name}".` } };
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'input';
    return {
      ok: false,
      error: { code: CALL_ERROR_CODES.badInput, message: `${name}: ${field}: ${issue?.message ?? 'invalid input'}`, details: { field } },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    const userError = isUserError(error) ? error : describeDatabaseError(error);
    if (userError) return { ok: false, error: { code: userError.code, message: userError.message, ...(userError.details ? { details: userError.details } : {}) } };
    console.error(`[${name}]`, error);
    return { ok: false, error: { code: CALL_ERROR_CODES.internal, message: `Something went wrong in ${name}: ${(error as Error).message}` } };
  }
}
