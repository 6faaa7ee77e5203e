import type { z } from 'zod';
import { ADDENDUM_CALLS } from './contract/addendum';
import { APP_CALLS } from './contract/app';
import { CAMPAIGN_CALLS } from './contract/campaigns';
import { EXPORT_CALLS } from './contract/export';
import { LETTER_CALLS } from './contract/letters';
import { MAIL_CALLS } from './contract/mail';
import { RECIPIENT_CALLS } from './contract/recipients';
import { SIGNATORY_CALLS } from './contract/signatories';

/**
 * Each domain's calls, in its own file under src/shared/contract/. A call name belongs to exactly one
 * domain (tests/unit/shared/contract.test.ts checks it: spreading would let a second one win silently).
 */
export const CONTRACT_DOMAINS = {
  app: APP_CALLS,
  campaigns: CAMPAIGN_CALLS,
  letters: LETTER_CALLS,
  recipients: RECIPIENT_CALLS,
  signatories: SIGNATORY_CALLS,
  export: EXPORT_CALLS,
  addendum: ADDENDUM_CALLS,
  mail: MAIL_CALLS,
} as const;

/**
 * The one API list. Every call that crosses the bridge (Electron IPC or the web bridge) is here,
 * named `domain.action`, with the schema its input is parsed with and the schema of its output.
 */
export const contract = {
  ...APP_CALLS,
  ...CAMPAIGN_CALLS,
  ...LETTER_CALLS,
  ...RECIPIENT_CALLS,
  ...SIGNATORY_CALLS,
  ...EXPORT_CALLS,
  ...ADDENDUM_CALLS,
  ...MAIL_CALLS,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<Name extends CallName> = z.input<Contract[Name]['input']>;
export type CallOutput<Name extends CallName> = z.output<Contract[Name]['output']>;

/** The typed API both transports implement: `api['letter.save']({ ... })`. */
export type Api = { [Name in CallName]: (input: CallInput<Name>) => Promise<CallOutput<Name>> };

export const CALL_NAMES = Object.keys(contract) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}

/** What crosses the bridge: a value, or an error the other side can show. */
export type CallResult<Value> = { ok: true; value: Value } | { ok: false; error: CallError };

export const CALL_ERROR_CODES = {
  badInput: 'bad-input',
  unknownCall: 'unknown-call',
  user: 'user-error',
  internal: 'internal',
} as const;

export interface CallError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}
