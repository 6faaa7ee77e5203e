import { rmSync } from 'node:fs';
import { E2E_WORKSPACE } from '../../playwright.config';

/** Each run starts from an empty workspace. The server creates the folder again on its first call. */
export default function globalSetup(): void {
  rmSync(E2E_WORKSPACE, { recursive: true, force: true });
}
