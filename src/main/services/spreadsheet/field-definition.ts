/** A field a spreadsheet column can be mapped to (a signatory's name, a recipient's title…). */
export interface FieldDefinition {
  field: string;
  /** Shown in the mapping step. */
  label: string;
  /** A file without a column for this field cannot be imported. */
  required?: boolean;
  /** Header names that mean this field, in English, French and Spanish, as written (folded when compared). */
  headerNames: readonly string[];
}

/** Which field each column feeds; null keeps the column as an extra field under its header. */
export interface ColumnMapping {
  column: number;
  header: string;
  field: string | null;
}
