import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeSmallDisk } from './describe-small-disk';
import { smallDiskKind, type SmallDiskKind } from './small-disk-kind';

const PRELOAD = fileURLToPath(new URL('./small-disk-preload.cjs', import.meta.url));

export interface SmallDisk {
  kind: SmallDiskKind;
  folder: string;
  /** Says which disk a test ran on, for its name and its log. */
  description: string;
  /** The environment for a process (and its worker threads) that is to write to the disk: nothing to add for a tmpfs. */
  env: NodeJS.ProcessEnv;
  /** Unmounts a tmpfs; the injected disk ends with the processes given its environment. */
  release(): void;
}

/**
 * Makes `folder` a disk of `bytes` bytes: a tmpfs mounted there where that is permitted, otherwise a folder that the
 * processes started with `env` treat as that small (small-disk-preload.cjs: writes past its size get the kernel's
 * ENOSPC from /dev/full). Only the tmpfs also fills under SQLite, which writes below Node's fs.
 */
export function makeSmallDisk(folder: string, bytes: number): SmallDisk {
  mkdirSync(folder, { recursive: true });
  const kind = smallDiskKind();
  const description = describeSmallDisk(bytes);
  if (kind === 'tmpfs') {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', folder], { stdio: 'ignore' });
    return { kind, folder, description, env: {}, release: () => execFileSync('umount', [folder]) };
  }
  const env = {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(PRELOAD)}`.trim(),
    UNDERSIGNED_TEST_SMALL_DISK: JSON.stringify({ folder: resolve(folder), bytes }),
  };
  return { kind, folder, description, env, release: () => undefined };
}
