import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { ZipWriter } from './zip-writer';

function drainedOrClosed(output: Writable): Promise<void> {
  return new Promise((resolve) => {
    const settle = (): void => {
      output.off('drain', settle);
      output.off('close', settle);
      resolve();
    };
    output.on('drain', settle);
    output.on('close', settle);
  });
}

/**
 * Writes a zip of files on disk to `output` as it reads them, one file in memory at a time, stored as they are
 * (PDF and DOCX are compressed already). Stops early, without error, when `output` is closed (a download given up).
 */
export async function streamZipFiles(files: readonly { name: string; path: string }[], output: Writable): Promise<void> {
  const writer = new ZipWriter();
  const write = async (chunk: Uint8Array): Promise<boolean> => {
    if (output.destroyed) return false;
    if (!output.write(chunk)) await drainedOrClosed(output);
    return !output.destroyed;
  };
  for (const file of files) {
    const data = await readFile(file.path);
    for (const chunk of writer.add({ name: file.name, method: 0, crc32: crc32(data), size: data.length, data }))
      if (!(await write(chunk))) return;
  }
  if (await write(writer.finish())) output.end();
}
