import type { SignatoryStatus } from '../../../shared/document/nodes';
import { foldText } from '../../../shared/text/fold-text';
import { foldHeaderText } from '../spreadsheet/fold-header-text';

const CONFIRMED = [
  'confirmed', 'confirm', 'yes', 'y', 'yes please', 'signed', 'sign', 'ok', 'okay', 'x', 'true', '1', 'agree', 'i agree', 'we agree', 'agreed', 'approved', 'endorsed', 'accepted',
  'confirme', 'confirmee', 'oui', 'signe', 'signee', 'vrai', 'd accord', 'daccord', 'accepte', 'accord',
  'confirmado', 'confirmada', 'si', 'firmado', 'firmada', 'firma', 'de acuerdo', 'verdadero', 'acepto', 'aceptado',
  'ja', 'bestatigt', 'unterschrieben', 'unterzeichnet', 'einverstanden', 'zugestimmt', 'wahr', 'stimme zu',
  'sim', 'assinado', 'assinada', 'assina', 'concordo', 'de acordo', 'verdadeiro', 'aceito',
];
const DECLINED = [
  'no', 'n', 'no thanks', 'no thank you', 'false', '0', 'declined', 'decline', 'declines', 'refused', 'refuse', 'disagree', 'i disagree', 'do not agree', 'i do not agree',
  'will not sign', 'does not sign', 'not signing', 'rejected',
  'non', 'faux', 'refuse', 'decline', 'pas d accord', 'ne signe pas', 'desaccord',
  'falso', 'rechazado', 'rechazada', 'rechaza', 'no firma', 'en desacuerdo', 'no acepto', 'declinado',
  'nein', 'falsch', 'abgelehnt', 'lehnt ab', 'nicht einverstanden', 'unterschreibt nicht',
  'nao', 'recusado', 'recusada', 'recusa', 'discordo', 'nao assina', 'nao concordo',
];
const PENDING = [
  'pending', 'to confirm', 'tbc', 'tbd', 'maybe', 'perhaps', 'unconfirmed', 'unsure', 'not sure', 'awaiting', 'waiting', 'in progress',
  'en attente', 'a confirmer', 'attente', 'peut etre', 'en cours',
  'pendiente', 'por confirmar', 'quizas', 'tal vez', 'en proceso',
  'ausstehend', 'offen', 'vielleicht', 'unbestatigt', 'in bearbeitung',
  'pendente', 'a confirmar', 'talvez', 'em andamento',
];
const WITHDRAWN = ['withdrawn', 'withdrew', 'withdraw', 'removed', 'retire', 'retiree', 'retirado', 'retirada', 'zuruckgezogen', 'widerrufen'];

const STATUS_WORDS = new Map<string, SignatoryStatus>([
  ...PENDING.map((word) => [word, 'pending'] as const),
  ...WITHDRAWN.map((word) => [word, 'withdrawn'] as const),
  ...CONFIRMED.map((word) => [word, 'confirmed'] as const),
  ...DECLINED.map((word) => [word, 'declined'] as const),
]);

/** Answers that may open a longer one: "Yes, we sign on", "No – not this time". */
const LEADING_ANSWERS = new Map<string, SignatoryStatus>([
  ['yes', 'confirmed'], ['oui', 'confirmed'], ['si', 'confirmed'], ['ja', 'confirmed'], ['sim', 'confirmed'],
  ['no', 'declined'], ['non', 'declined'], ['nein', 'declined'], ['nao', 'declined'],
  ['maybe', 'pending'], ['pending', 'pending'],
]);

const CHECK_MARKS: Readonly<Record<string, SignatoryStatus>> = {
  '✓': 'confirmed', '✔': 'confirmed', '☑': 'confirmed', '✅': 'confirmed', '👍': 'confirmed',
  '✗': 'declined', '✘': 'declined', '❌': 'declined', '☒': 'declined', '👎': 'declined',
};

/**
 * A status or consent answer as written in en/fr/es/de/pt ("Oui", "Nein", "Sim", "TRUE", "✓",
 * "Yes, we sign on", "en attente", "Retirado"): a "no" is `declined`, never confirmed or pending.
 * Null when it names no status.
 */
export function parseSignatoryStatus(text: string): SignatoryStatus | null {
  const trimmed = text.trim();
  const mark = CHECK_MARKS[trimmed.replace(/\uFE0F/g, '')];
  if (mark) return mark;
  const folded = foldHeaderText(trimmed);
  const whole = STATUS_WORDS.get(folded);
  if (whole) return whole;
  const firstWord = folded.split(' ')[0] ?? '';
  // "Yes, we sign" opens with the answer; "No organisation yet" does not (no separator after it).
  if (/^\p{L}+\s*[,.;:!\-–—(]/u.test(foldText(trimmed, { punctuation: 'keep' }))) return LEADING_ANSWERS.get(firstWord) ?? null;
  return null;
}
