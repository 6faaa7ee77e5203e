import type { MailPasswordStore } from '../campaign-host';

/** The password of web mode and the CLI: UNDERSIGNED_SMTP_PASSWORD, read when a send starts. */
export const environmentMailPassword: MailPasswordStore = {
  kind: 'environment',
  read: () => process.env.UNDERSIGNED_SMTP_PASSWORD ?? null,
};
