/**
 * Zip, the one way in and out of it. Files from outside (XLSX, DOCX someone sends) are read only through
 * `inflateArchive`, which counts what it inflates against limits; packages we write ourselves (DOCX) are
 * copied entry by entry with `readZipEntries`/`writeZipEntries` without recompressing.
 */
export type { ArchiveLimits } from './archive-limits';
export { inflateArchive, type InflatedArchive } from './inflate-archive';
export { readZipEntries, type ZipEntry } from './read-zip-entries';
export { writeZipEntries } from './write-zip-entries';
export { deflatedZipEntry } from './deflated-zip-entry';
export { zipEntryBytes } from './zip-entry-bytes';
