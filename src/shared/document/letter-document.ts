import { z } from 'zod';
import {
  dateLineAttrsSchema,
  headingAttrsSchema,
  linkAttrsSchema,
  MARK_NAMES,
  mergeFieldAttrsSchema,
  NODE_NAMES,
  orderedListAttrsSchema,
  paragraphAttrsSchema,
  signatoryListAttrsSchema,
  signatureBlockAttrsSchema,
  type MarkName,
  type NodeName,
} from './nodes';

/** ProseMirror JSON as TipTap writes it. */
export interface LetterMark {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface LetterNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: LetterNode[];
  marks?: LetterMark[];
  text?: string;
}

const letterMarkSchema = z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() });
export const letterNodeSchema: z.ZodType<LetterNode> = z.lazy(() =>
  z.object({
    type: z.string().max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(letterNodeSchema).optional(),
    marks: z.array(letterMarkSchema).optional(),
    text: z.string().optional(),
  }),
);

const NODE_ATTRS: Partial<Record<NodeName, z.ZodType>> = {
  paragraph: paragraphAttrsSchema,
  heading: headingAttrsSchema,
  orderedList: orderedListAttrsSchema,
  mergeField: mergeFieldAttrsSchema,
  signatoryList: signatoryListAttrsSchema,
  signatureBlock: signatureBlockAttrsSchema,
  dateLine: dateLineAttrsSchema,
};
const MARK_ATTRS: Partial<Record<MarkName, z.ZodType>> = { link: linkAttrsSchema };
const KNOWN_NODES = new Set<string>(Object.values(NODE_NAMES));
const KNOWN_MARKS = new Set<string>(Object.values(MARK_NAMES));

export interface LetterSchemaProblem {
  path: string;
  message: string;
}

/** Checks a letter document against the schema: known nodes and marks, valid attributes. */
export function findLetterSchemaProblems(doc: LetterNode): LetterSchemaProblem[] {
  const problems: LetterSchemaProblem[] = [];
  if (doc.type !== NODE_NAMES.doc) problems.push({ path: '', message: `the root node is "${doc.type}", not "doc"` });
  const visit = (node: LetterNode, path: string): void => {
    if (!KNOWN_NODES.has(node.type)) {
      problems.push({ path, message: `unknown node "${node.type}"` });
      return;
    }
    const attrsSchema = NODE_ATTRS[node.type as NodeName];
    if (attrsSchema) {
      const parsed = attrsSchema.safeParse(node.attrs ?? {});
      if (!parsed.success) problems.push({ path, message: `${node.type}: ${parsed.error.issues[0]?.message ?? 'bad attributes'} (${parsed.error.issues[0]?.path.join('.') ?? ''})` });
    }
    if (node.type === NODE_NAMES.text && typeof node.text !== 'string') problems.push({ path, message: 'a text node has no text' });
    for (const mark of node.marks ?? []) {
      if (!KNOWN_MARKS.has(mark.type)) problems.push({ path, message: `unknown mark "${mark.type}"` });
      const markSchema = MARK_ATTRS[mark.type as MarkName];
      const parsedMark = markSchema?.safeParse(mark.attrs ?? {});
      if (parsedMark && !parsedMark.success) problems.push({ path, message: `${mark.type}: ${parsedMark.error.issues[0]?.message ?? 'bad attributes'}` });
    }
    node.content?.forEach((child, index) => visit(child, `${path}/${index}`));
  };
  visit(doc, '');
  return problems;
}

/** Walks every node of a document, depth first. */
export function forEachLetterNode(node: LetterNode, visit: (node: LetterNode) => void): void {
  visit(node);
  for (const child of node.content ?? []) forEachLetterNode(child, visit);
}
