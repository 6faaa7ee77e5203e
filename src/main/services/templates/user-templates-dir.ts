import { join } from 'node:path';

/** Where "Save as template" writes: a folder in the app's user-data folder, apart from any campaign. */
export function userTemplatesDir(userDataDir: string): string {
  return join(userDataDir, 'templates');
}
