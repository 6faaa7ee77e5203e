import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real tmpfs, or ENOSPC injected under a folder by small-disk-preload.cjs where mounting is not permitted. */
export type SmallDiskKind = 'tmpfs' | 'injected';

let probed: SmallDiskKind | undefined;

/**
 * How tests on this machine get a small disk: a real tmpfs where mounting is permitted (root with CAP_SYS_ADMIN),
 * otherwise the injected one. UNDERSIGNED_TEST_SMALL_DISK_KIND=injected takes the fallback anyway, to try it here.
 */
export function smallDiskKind(): SmallDiskKind {
  if (probed) return probed;
  if (process.env.UNDERSIGNED_TEST_SMALL_DISK_KIND === 'injected') return (probed = 'injected');
  const folder = mkdtempSync(join(tmpdir(), 'undersigned-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', folder], { stdio: 'ignore' });
    execFileSync('umount', [folder], { stdio: 'ignore' });
    probed = 'tmpfs';
  } catch {
    probed = 'injected';
  } finally {
    rmdirSync(folder);
  }
  return probed;
}
