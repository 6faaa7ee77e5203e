import { safeStorage } from 'electron';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MailPasswordStore } from '../services/campaign-host';

/** The SMTP password encrypted by the OS keychain (safeStorage) in the user-data folder; never in a campaign. */
export function safeStorageMailPassword(userDataDir: string): MailPasswordStore {
  const path = join(userDataDir, 'mail-password.bin');
  return {
    kind: 'keychain',
    read() {
      if (!existsSync(path) || !safeStorage.isEncryptionAvailable()) return process.env.UNDERSIGNED_SMTP_PASSWORD ?? null;
      return safeStorage.decryptString(readFileSync(path));
    },
    write(password) {
      if (password === null || password === '') return rmSync(path, { force: true });
      if (!safeStorage.isEncryptionAvailable()) throw new Error('The system keychain is not available: the password cannot be kept safely.');
      mkdirSync(userDataDir, { recursive: true });
      writeFileSync(path, safeStorage.encryptString(password), { mode: 0o600 });
    },
  };
}
