/** A field written inside a text pattern (a file name, an e-mail, a field's default): `{recipient.name}` or `{{recipient.name | upper}}`. */
export const FIELD_IN_PATTERN = /\{\{?([^{}]{1,300})\}?\}/g;
