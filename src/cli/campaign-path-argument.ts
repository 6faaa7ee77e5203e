import { resolve } from 'node:path';
import { UsageError } from './command';

/** The one campaign file a command works on, as an absolute path; a usage error unless exactly one is given. */
export function campaignPathArgument(positionals: readonly string[]): string {
  const [target] = positionals;
  if (!target || positionals.length > 1) throw new UsageError('give exactly one campaign file');
  return resolve(target);
}
