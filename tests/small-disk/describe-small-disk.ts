import { smallDiskKind } from './small-disk-kind';

/** Describes the disk `makeSmallDisk` gives on this machine, before making one. */
export function describeSmallDisk(bytes: number): string {
  const size = bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;
  return smallDiskKind() === 'tmpfs'
    ? `a real ${size} tmpfs`
    : `a ${size} folder whose writes past its size get ENOSPC from /dev/full, not a tmpfs`;
}
