import type { IRBlock, IRListItem, IRRun, IRSignatoryGroup, LetterIR } from '../document/letter-ir';
import type { LetterMark, LetterNode } from '../document/letter-document';
import {
  DEFAULT_SIGNATORY_LIST_ATTRS,
  NODE_NAMES,
  signatoryListAttrsSchema,
  TEXT_ALIGNMENTS,
  type DateLineAttrs,
  type Signer,
  type SignatoryListAttrs,
  type SignatoryStatus,
  type TextAlignment,
} from '../document/nodes';
import { LETTER_LANGUAGES, type LetterLanguage, type PageSettings } from '../model/page-settings';
import { formatSignatoryList, type ListedSignatory } from '../signatories/format-signatory-list';
import { evaluateMergeField, type MergeEnvironment } from './evaluate-merge-field';
import { formatDateLine } from './format-date-line';
import { formatSignatoryCount } from './format-signatory-count';
import { parseIsoDate } from './parse-iso-date';
import type { MergeContext } from './merge-context';
import { EXTRA_FIELD_PREFIX, isMergeFieldPath } from './merge-fields';
import { parseMergeField } from './parse-merge-field';
import { recipientLabel } from './recipient-label';
import { recipientLetterLanguage } from './recipient-letter-language';
import { isSafeHref } from '../document/is-safe-href';
import { resolveCountry } from '../countries/resolve-country';

export interface MergeableLetter {
  doc: LetterNode;
  settings: PageSettings;
  title: string;
}

export interface ResolvedLetter {
  ir: LetterIR;
  /** Field names (`recipient.name`) with no value, each once, in the order they appear. */
  unresolved: string[];
  warnings: string[];
}

type RunStyle = Omit<IRRun, 'text' | 'unresolvedField'>;

const LANGUAGE_NAMES: Readonly<Record<LetterLanguage, string>> = { en: 'English', fr: 'French', es: 'Spanish' };

/** A field typed as text (`{{recipient.name}}`, from a paste or an imported document) is merged like a chip. */
const TEXT_FIELD = /\{\{([^{}]{1,300})\}\}/g;

function alignmentOf(node: LetterNode, fallback: TextAlignment = 'left'): TextAlignment {
  const align = node.attrs?.textAlign;
  return typeof align === 'string' && (TEXT_ALIGNMENTS as readonly string[]).includes(align) ? (align as TextAlignment) : fallback;
}

function styleOf(marks: readonly LetterMark[] | undefined): RunStyle {
  const style: RunStyle = {};
  for (const mark of marks ?? []) {
    if (mark.type === 'bold') style.bold = true;
    else if (mark.type === 'italic') style.italic = true;
    else if (mark.type === 'underline') style.underline = true;
    else if (mark.type === 'link' && typeof mark.attrs?.href === 'string' && isSafeHref(mark.attrs.href)) style.href = mark.attrs.href;
  }
  return style;
}

function signatoryListAttrs(node: LetterNode): SignatoryListAttrs {
  const parsed = signatoryListAttrsSchema.safeParse(node.attrs ?? {});
  return parsed.success ? parsed.data : { ...DEFAULT_SIGNATORY_LIST_ATTRS, ...(node.attrs as Partial<SignatoryListAttrs> | undefined) };
}

function findNode(node: LetterNode, type: string): LetterNode | undefined {
  if (node.type === type) return node;
  for (const child of node.content ?? []) {
    const found = findNode(child, type);
    if (found) return found;
  }
  return undefined;
}

function describeSigner(signer: Signer): string {
  return (
    [signer.title, signer.organization]
      .map((part) => part.trim())
      .filter(Boolean)
      .join(', ') || 'no title'
  );
}

/**
 * Resolves a letter for one recipient into LetterIR: every merge field replaced, the signatory list
 * expanded, the date line written in the letter's language. Unresolved fields are never printed blank:
 * they are listed in `unresolved`, and with `context.force` they appear as their visibly marked label.
 */
export function resolveLetter(letter: MergeableLetter, context: MergeContext): ResolvedLetter {
  const unresolved: string[] = [];
  const warnings: string[] = [];
  const warn = (message: string): void => {
    if (!warnings.includes(message)) warnings.push(message);
  };
  const asked = recipientLetterLanguage(context.recipient?.language);
  if (asked && 'unknown' in asked) {
    warn(
      `Recipient “${recipientLabel(context.recipient!)}”: the language “${asked.unknown}” is not a letter language (en, fr or es); the letter is dated and greeted in ${LANGUAGE_NAMES[letter.settings.language]}.`,
    );
  }
  // The recipient's language dates, greets, names countries and hyphenates; the text written stays as written.
  const language = asked && 'language' in asked ? asked.language : letter.settings.language;
  const settings: PageSettings = language === letter.settings.language ? letter.settings : { ...letter.settings, language };
  if (language !== letter.settings.language) {
    warn(
      `Recipients whose language is ${LANGUAGE_NAMES[language]} get the date line, salutation, country names and hyphenation in ${LANGUAGE_NAMES[language]}; the letter’s own text (${LANGUAGE_NAMES[letter.settings.language]}) is not translated.`,
    );
  }
  const locale = LETTER_LANGUAGES[language].locale;
  if (!parseIsoDate(context.date)) warn(`The export date "${context.date}" is not a date (YYYY-MM-DD).`);

  const firstList = findNode(letter.doc, NODE_NAMES.signatoryList);
  const countedStatuses = new Set<SignatoryStatus>(
    firstList ? signatoryListAttrs(firstList).statuses : DEFAULT_SIGNATORY_LIST_ATTRS.statuses,
  );
  const firstDateLine = findNode(letter.doc, NODE_NAMES.dateLine);
  const signatories = context.signatories;
  const environment: MergeEnvironment = {
    language,
    place: typeof firstDateLine?.attrs?.place === 'string' ? firstDateLine.attrs.place : '',
    coalition: settings.coalition,
    signatoryCount: signatories.filter((signatory) => signatory.status !== 'withdrawn' && countedStatuses.has(signatory.status)).length,
  };

  const fieldRuns = (field: string, style: RunStyle): IRRun[] => {
    const result = evaluateMergeField(field, context, environment);
    if (result.resolved) return textRuns(result.value, { ...style, merged: true });
    if (result.problem) warn(`The field "${field.trim()}" cannot be merged: ${result.problem}.`);
    if (!unresolved.includes(result.path)) unresolved.push(result.path);
    return context.force ? [{ text: result.label, ...style, unresolvedField: result.label }] : [];
  };

  const textWithFields = (text: string, style: RunStyle): IRRun[] => {
    if (!text.includes('{{')) return textRuns(text, style);
    const runs: IRRun[] = [];
    let last = 0;
    for (const match of text.matchAll(TEXT_FIELD)) {
      const { path } = parseMergeField(match[1]!);
      if (!isMergeFieldPath(path) && !path.startsWith(EXTRA_FIELD_PREFIX)) continue;
      runs.push(...textRuns(text.slice(last, match.index), style), ...fieldRuns(match[1]!, style));
      last = match.index + match[0].length;
    }
    runs.push(...textRuns(text.slice(last), style));
    return runs;
  };

  const lineRuns = (nodes: readonly LetterNode[]): IRRun[] => {
    const runs: IRRun[] = [];
    for (const node of nodes) {
      const style = styleOf(node.marks);
      if (node.type === NODE_NAMES.text) runs.push(...textWithFields(node.text ?? '', style));
      else if (node.type === NODE_NAMES.mergeField) runs.push(...fieldRuns(String(node.attrs?.field ?? ''), style));
      else warn(`An inline "${node.type}" was left out: the letter format has no place for it.`);
    }
    return runs;
  };

  // Domestic mail has no country line: the recipient is in the country the letters are sent from.
  const recipientCountryCode =
    context.recipient?.countryCode?.toUpperCase() ?? (context.recipient?.country ? resolveCountry(context.recipient.country) : null);
  const domestic = settings.ownCountry !== '' && recipientCountryCode === settings.ownCountry;

  // An address line made only of fields that print nothing is left out with its break: no blank lines.
  const inlineRuns = (nodes: readonly LetterNode[] | undefined): IRRun[] => {
    const lines: { runs: IRRun[]; breakStyle: RunStyle | null }[] = [];
    let current: LetterNode[] = [];
    let breakStyle: RunStyle | null = null;
    const close = (): void => {
      const runs = lineRuns(current);
      const hasField = current.some(
        (node) => node.type === NODE_NAMES.mergeField || (node.type === NODE_NAMES.text && TEXT_FIELD.test(node.text ?? '')),
      );
      TEXT_FIELD.lastIndex = 0;
      const printsNothing = runs.every((run) => run.unresolvedField === undefined && /^[\s\p{P}]*$/u.test(run.text));
      const inBlock = nodes?.some((node) => node.type === NODE_NAMES.hardBreak) ?? false;
      if (hasField && printsNothing && inBlock) return;
      if (domestic && inBlock && isCountryLine(current)) return;
      // "H.E. " with no name after it: a line with fields loses the spaces an empty field leaves at its ends.
      if (hasField && inBlock) trimLineEnds(runs);
      lines.push({ runs, breakStyle });
    };
    for (const node of nodes ?? []) {
      if (node.type === NODE_NAMES.hardBreak) {
        close();
        current = [];
        breakStyle = styleOf(node.marks);
      } else current.push(node);
    }
    close();
    const runs: IRRun[] = [];
    lines.forEach((line, index) => {
      if (index > 0) runs.push({ text: '\n', ...(line.breakStyle ?? {}) });
      runs.push(...line.runs);
    });
    return mergeAdjacentRuns(runs);
  };

  const blocks = (nodes: readonly LetterNode[] | undefined): IRBlock[] => {
    const result: IRBlock[] = [];
    for (const node of nodes ?? []) {
      const block = toBlock(node);
      if (block) result.push(block);
    }
    return result;
  };

  const toBlock = (node: LetterNode): IRBlock | null => {
    switch (node.type) {
      case NODE_NAMES.paragraph:
        return { kind: 'paragraph', align: alignmentOf(node), runs: inlineRuns(node.content) };
      case NODE_NAMES.heading:
        return { kind: 'heading', level: node.attrs?.level === 1 ? 1 : 2, align: alignmentOf(node), runs: inlineRuns(node.content) };
      case NODE_NAMES.bulletList:
      case NODE_NAMES.orderedList: {
        const ordered = node.type === NODE_NAMES.orderedList;
        const start = typeof node.attrs?.start === 'number' && Number.isInteger(node.attrs.start) ? node.attrs.start : 1;
        const items: IRListItem[] = (node.content ?? []).map((item) => ({ blocks: blocks(item.content) }));
        return { kind: 'list', ordered, start: ordered ? start : 1, items };
      }
      case NODE_NAMES.blockquote:
        return { kind: 'quote', blocks: blocks(node.content) };
      case NODE_NAMES.pageBreak:
        return { kind: 'pageBreak' };
      case NODE_NAMES.dateLine: {
        const attrs = node.attrs as Partial<DateLineAttrs> | undefined;
        const date = typeof attrs?.date === 'string' && parseIsoDate(attrs.date) ? attrs.date : context.date;
        const place = context.place ?? (typeof attrs?.place === 'string' ? attrs.place : '');
        return { kind: 'paragraph', align: alignmentOf(node), runs: [{ text: formatDateLine(place, date, language) }] };
      }
      case NODE_NAMES.signatoryList: {
        const attrs = signatoryListAttrs(node);
        const groups = signatoryGroups(signatories, attrs, language);
        const count = groups.reduce((total, group) => total + group.entries.length, 0);
        if (count === 0) warn('The signatory list is empty: no signatory has the statuses it shows.');
        return {
          kind: 'signatoryList',
          heading: attrs.heading,
          countLine: attrs.showCount ? formatSignatoryCount(count, language) : '',
          columns: attrs.columns,
          groups: groups.filter((group) => group.entries.length > 0),
        };
      }
      case NODE_NAMES.signatureBlock: {
        const signers = Array.isArray(node.attrs?.signers) ? (node.attrs.signers as Signer[]) : [];
        // A signer's lines may hold fields too: `{{coalition}}` signs for the campaign's coalition.
        const plain = (value: string): string => (value.includes('{{') ? textWithFields(value, {}).map((run) => run.text).join('') : value);
        const resolvedSigners = signers.map((signer) => ({ name: plain(signer.name), title: plain(signer.title), organization: plain(signer.organization) }));
        for (const signer of resolvedSigners) {
          if (signer.name.trim() === '') warn(`A signer in the signature block has no name (${describeSigner(signer)}).`);
        }
        return { kind: 'signatureBlock', signers: resolvedSigners };
      }
      default:
        warn(`A "${node.type}" block was left out: the letter format has no place for it.`);
        return null;
    }
  };

  const resolvedBlocks = blocks(letter.doc.content);
  const recipientName = [context.recipient?.organization, context.recipient?.country, context.recipient?.name]
    .map((part) => part?.trim() ?? '')
    .find((part) => part !== '');
  const firstHeading = resolvedBlocks.find((block) => block.kind === 'heading');
  const subject =
    firstHeading?.kind === 'heading'
      ? firstHeading.runs
          .map((run) => (run.text === '\n' ? ' ' : run.text))
          .join('')
          .trim()
      : '';
  const ir: LetterIR = {
    settings,
    meta: {
      title: recipientName ? `${letter.title} — ${recipientName}` : letter.title,
      letterTitle: letter.title,
      author: context.author ?? (settings.coalition.trim() || settings.letterhead.organization),
      subject: subject || letter.title,
      keywords: [recipientName, letter.title].filter((keyword): keyword is string => Boolean(keyword)),
      locale,
      createdAt: context.createdAt ?? `${context.date}T00:00:00.000Z`,
    },
    logo: context.logo ?? null,
    blocks: resolvedBlocks,
  };
  return { ir, unresolved, warnings };
}

// The list is the same in every recipient's letter: sorting it once per campaign load, not once per letter.
const listCache = new WeakMap<readonly ListedSignatory[], Map<string, IRSignatoryGroup[]>>();

function signatoryGroups(signatories: readonly ListedSignatory[], attrs: SignatoryListAttrs, language: LetterLanguage): IRSignatoryGroup[] {
  let byAttrs = listCache.get(signatories);
  if (!byAttrs) {
    byAttrs = new Map();
    listCache.set(signatories, byAttrs);
  }
  const key = JSON.stringify([attrs.statuses, attrs.format, attrs.sort, language]);
  let groups = byAttrs.get(key);
  if (!groups) {
    groups = formatSignatoryList(signatories, attrs, language);
    byAttrs.set(key, groups);
  }
  return groups.map((group) => ({ title: group.title, entries: [...group.entries] }));
}

/** A line of an address block that holds only the recipient's country (`{{recipient.country | formal | bare}}`). */
function isCountryLine(nodes: readonly LetterNode[]): boolean {
  const parts = nodes.filter((node) => !(node.type === NODE_NAMES.text && (node.text ?? '').trim() === ''));
  if (parts.length !== 1) return false;
  const part = parts[0]!;
  if (part.type === NODE_NAMES.mergeField) return parseMergeField(String(part.attrs?.field ?? '')).path === 'recipient.country';
  const typed = part.type === NODE_NAMES.text ? /^\s*\{\{([^{}]{1,300})\}\}\s*$/.exec(part.text ?? '') : null;
  return typed !== null && parseMergeField(typed[1]!).path === 'recipient.country';
}

function trimLineEnds(runs: IRRun[]): void {
  while (runs.length > 0 && runs[0]!.unresolvedField === undefined && runs[0]!.text.trimStart() !== runs[0]!.text) {
    const text = runs[0]!.text.trimStart();
    if (text === '') runs.shift();
    else runs[0] = { ...runs[0]!, text };
  }
  while (runs.length > 0 && runs.at(-1)!.unresolvedField === undefined && runs.at(-1)!.text.trimEnd() !== runs.at(-1)!.text) {
    const text = runs.at(-1)!.text.trimEnd();
    if (text === '') runs.pop();
    else runs[runs.length - 1] = { ...runs.at(-1)!, text };
  }
}

/** A value with line breaks becomes runs with "\n" runs between its lines. */
function textRuns(text: string, style: RunStyle): IRRun[] {
  if (text === '') return [];
  const runs: IRRun[] = [];
  text.split('\n').forEach((line, index) => {
    if (index > 0) runs.push({ text: '\n', ...style });
    if (line !== '') runs.push({ text: line, ...style });
  });
  return runs;
}

function sameStyle(a: IRRun, b: IRRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.href === b.href && a.merged === b.merged;
}

/** Joins neighbouring runs of the same style, keeping line breaks and marked fields as runs of their own. */
function mergeAdjacentRuns(runs: IRRun[]): IRRun[] {
  const merged: IRRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    const plain = (candidate: IRRun): boolean => candidate.text !== '\n' && candidate.unresolvedField === undefined;
    if (last && plain(last) && plain(run) && sameStyle(last, run)) merged[merged.length - 1] = { ...last, text: last.text + run.text };
    else merged.push(run);
  }
  return merged;
}
