import { isAbsolute, resolve } from 'node:path';
import { CAMPAIGN_EXTENSION } from '../services/campaign/campaign-file';

/**
 * The campaign files in a command line (a double-click on Windows and Linux starts the app with the file's
 * path; a second launch hands its own argv to the first instance), made absolute against its working folder.
 */
export function campaignPathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((argument) => !argument.startsWith('-') && argument.toLowerCase().endsWith(CAMPAIGN_EXTENSION))
    .map((argument) => (isAbsolute(argument) ? argument : resolve(workingDirectory, argument)));
}
