import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where web mode keeps campaigns unless `--workspace` (or UNDERSIGNED_WORKSPACE) says otherwise: the
 * user's data folder, never inside the project (whose files the development server can reach).
 */
export function defaultWorkspace(platform: NodeJS.Platform = process.platform, environment: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(environment.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Undersigned', 'workspace');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Undersigned', 'workspace');
  return join(environment.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'undersigned', 'workspace');
}
