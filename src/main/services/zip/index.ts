/**
 * Zip, the one way in and out of it. Files from outside (XLSX, DOCX someone sends) are read only through
 * `inflateArchive`, which counts what it inflates against limits; packages we write ourselves (DOCX) are
 * copied entry by entry with `readZipEntries`/`writeZipEntries` without recompressing. `ZipWriter` writes front to back,
 * so `streamZipFiles` can send a zip of files on disk as it reads them (web mode's export download).
 */
export type { ArchiveLimits } from './archive-limits';
export { inflateArchive, type InflatedArchive } from './inflate-archive';
export { readZipEntries, type ZipEntry } from './read-zip-entries';
export { writeZipEntries } from './write-zip-entries';
export { deflatedZipEntry } from './deflated-zip-entry';
export { zipEntryBytes } from './zip-entry-bytes';
export { ZipWriter } from './zip-writer';
export { streamZipFiles } from './stream-zip-files';
