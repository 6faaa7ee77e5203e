const LOCAL_FILE_HEADER = 0x04034b50;

/** Where an entry's data starts, after its local header; null when no local header is at that offset. */
export function localFileDataStart(bytes: Uint8Array, headerOffset: number): number | null {
  if (headerOffset + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(headerOffset, true) !== LOCAL_FILE_HEADER) return null;
  return headerOffset + 30 + view.getUint16(headerOffset + 26, true) + view.getUint16(headerOffset + 28, true);
}
