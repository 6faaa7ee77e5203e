/** The standard structure types a letter uses (ISO 32000-1, 14.8.4), so no role map is needed. */
export type StructureType =
  | 'Document'
  | 'Art'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'BlockQuote'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TD'
  | 'Link'
  | 'Span'
  | 'Figure';

/** Marked content of a page (an MCID), or a link annotation, inside a structure element. */
export type StructureContent = { page: number; mcid: number } | { page: number; annotation: number };

/**
 * A node of a tagged PDF's structure tree, built while the letter is laid out and filled with
 * content while it is drawn. Block elements join their parent when created, so the tree keeps
 * the letter's order whatever order the pages are drawn in; inline elements (a link, a run in
 * another language) join when their first content is drawn, between the text around them.
 */
export interface StructureElement {
  type: StructureType;
  parent: StructureElement | null;
  kids: (StructureElement | StructureContent)[];
  inline: boolean;
  attached: boolean;
  /** BCP 47 language of the element's text, when it differs from its parent's. */
  language?: string;
  /** Alternative text (a figure's). */
  alternative?: string;
  /** Title (a letter's label in a combined file). */
  title?: string;
}

/** Creates a structure element; a block element joins its parent's children at once, an inline one when its content is drawn. */
export function createStructureElement(
  type: StructureType,
  parent: StructureElement | null,
  options: { inline?: boolean; language?: string; alternative?: string; title?: string } = {},
): StructureElement {
  const inline = options.inline ?? false;
  const element: StructureElement = { type, parent, kids: [], inline, attached: !inline && parent !== null };
  if (options.language !== undefined) element.language = options.language;
  if (options.alternative !== undefined) element.alternative = options.alternative;
  if (options.title !== undefined) element.title = options.title;
  if (element.attached) parent!.kids.push(element);
  return element;
}
