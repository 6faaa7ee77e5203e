/** What one archive (XLSX, DOCX, ODS) may expand to before it is refused, counted as it inflates. */
export interface ArchiveLimits {
  /** Bytes inflated, summed over every file of the archive. */
  maxInflatedBytes: number;
  /** Inflated bytes per byte of the archive, checked once an archive has inflated past 1 MiB: office files compress about 10:1, zip bombs 1000:1. */
  maxCompressionRatio: number;
  maxEntries: number;
}
