import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mailSettingsSchema, type MailSettings } from '../../../shared/mail/mail-settings';

const FILE = 'mail-settings.json';

/** This user's mail settings from the user-data folder (never the password), or null before any are saved. */
export function readMailSettings(userDataDir: string): MailSettings | null {
  const path = join(userDataDir, FILE);
  if (!existsSync(path)) return null;
  try {
    const parsed = mailSettingsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeMailSettings(userDataDir: string, settings: MailSettings): void {
  mkdirSync(userDataDir, { recursive: true });
  const path = join(userDataDir, FILE);
  writeFileSync(`${path}.part`, `${JSON.stringify(mailSettingsSchema.parse(settings), null, 2)}\n`);
  renameSync(`${path}.part`, path);
}
