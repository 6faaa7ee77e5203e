import type { SignatoryStatus } from '../../../shared/document/nodes';

const STATUS_WORDS: Readonly<Record<string, SignatoryStatus>> = {
  confirmed: 'confirmed', confirm: 'confirmed', yes: 'confirmed', y: 'confirmed', signed: 'confirmed', ok: 'confirmed', x: 'confirmed', true: 'confirmed', '1': 'confirmed',
  confirme: 'confirmed', confirmee: 'confirmed', oui: 'confirmed', signe: 'confirmed', signee: 'confirmed',
  confirmado: 'confirmed', confirmada: 'confirmed', si: 'confirmed', firmado: 'confirmed', firmada: 'confirmed',
  pending: 'pending', 'to confirm': 'pending', tbc: 'pending', maybe: 'pending', unconfirmed: 'pending',
  'en attente': 'pending', 'a confirmer': 'pending', attente: 'pending', pendiente: 'pending', 'por confirmar': 'pending', no: 'pending', non: 'pending',
  withdrawn: 'withdrawn', withdrew: 'withdrawn', removed: 'withdrawn', retire: 'withdrawn', retiree: 'withdrawn',
  retirado: 'withdrawn', retirada: 'withdrawn',
};

/** A status cell as written in en/fr/es ("Oui", "en attente", "Retirado"); null when it names none. */
export function parseSignatoryStatus(text: string): SignatoryStatus | null {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return STATUS_WORDS[folded] ?? null;
}
