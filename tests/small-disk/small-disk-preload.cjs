'use strict';
// Loaded with `node --require` (NODE_OPTIONS), so it runs in the process and in each of its worker threads, where a test
// cannot mount a small filesystem. UNDERSIGNED_TEST_SMALL_DISK={"folder": "…", "bytes": n} makes that folder behave as a
// disk of n bytes for the synchronous fs calls the export writes with (openSync, writeSync, closeSync, writeFileSync):
// a write that does not fit writes what fits (a short write, as the kernel does), and the rest is written to /dev/full,
// so the caller gets the kernel's own ENOSPC. The code under test is not changed.
const fs = process.getBuiltinModule('node:fs');
const path = process.getBuiltinModule('node:path');

const setting = JSON.parse(process.env.UNDERSIGNED_TEST_SMALL_DISK || 'null');
if (setting) {
  const root = path.resolve(setting.folder);
  const capacity = Number(setting.bytes);
  const { openSync, writeSync, closeSync, writeFileSync } = fs;
  const onSmallDisk = new Set();
  const isUnder = (file) => typeof file === 'string' && `${path.resolve(file)}${path.sep}`.startsWith(`${root}${path.sep}`);
  const opensForWriting = (flags) =>
    typeof flags === 'number' ? (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0 : /[wa+]/.test(String(flags));
  const used = (folder) => {
    let total = 0;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) total += used(full);
      else if (entry.isFile()) total += fs.statSync(full).size;
    }
    return total;
  };

  fs.openSync = function (file, flags = 'r', mode) {
    const fd = openSync.call(this, file, flags, mode);
    if (isUnder(file) && opensForWriting(flags)) onSmallDisk.add(fd);
    return fd;
  };
  fs.closeSync = function (fd) {
    onSmallDisk.delete(fd);
    return closeSync.call(this, fd);
  };
  fs.writeSync = function (fd, data, ...rest) {
    if (!onSmallDisk.has(fd)) return writeSync.call(this, fd, data, ...rest);
    const bytes = typeof data === 'string' ? Buffer.from(data, typeof rest[1] === 'string' ? rest[1] : 'utf8') : data;
    const offset = typeof data === 'string' ? 0 : (rest[0] ?? 0);
    const length = typeof data === 'string' ? bytes.byteLength : (rest[1] ?? bytes.byteLength - offset);
    const position = typeof data === 'string' ? rest[0] : rest[2];
    const free = Math.max(0, capacity - used(root));
    if (length <= free) return writeSync.call(this, fd, bytes, offset, length, position);
    if (free > 0) return writeSync.call(this, fd, bytes, offset, free, position);
    const full = openSync('/dev/full', 'w');
    try {
      return writeSync(full, bytes, offset, length);
    } finally {
      closeSync(full);
    }
  };
  fs.writeFileSync = function (file, data, options) {
    // Node writes a string in one native call that bypasses writeSync: hand it over as bytes.
    const encoding = typeof options === 'string' ? options : options?.encoding;
    const bytes = isUnder(file) && typeof data === 'string' ? Buffer.from(data, encoding || 'utf8') : data;
    return writeFileSync.call(this, file, bytes, options);
  };
}
