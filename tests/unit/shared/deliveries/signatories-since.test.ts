import { describe, expect, it } from 'vitest';
import { planAddenda, type DeliveryBasis } from '../../../../src/shared/deliveries/plan-addenda';
import { signatoriesSince, type CurrentSignatory } from '../../../../src/shared/deliveries/signatories-since';
import { foldName } from '../../../../src/shared/signatories/fold-name';

const SENT_AT = '2026-03-12T10:00:00.000Z';
const BEFORE = '2026-03-01T09:00:00.000Z';
const AFTER = '2026-03-20T09:00:00.000Z';

function signatory(id: number, name: string, options: Partial<CurrentSignatory> = {}): CurrentSignatory {
  return { id, name, key: foldName(name), country: null, countryCode: null, status: 'confirmed', position: id, createdAt: BEFORE, ...options };
}

const received = (...signatories: CurrentSignatory[]): DeliveryBasis['signatories'] => signatories.map(({ id, name, key }) => ({ id, name, key }));
const names = (items: readonly { name: string }[]): string[] => items.map((item) => item.name);
const confirmedOnly = { printedStatuses: ['confirmed'] as const };

describe('signatoriesSince', () => {
  it('lists the organizations printed now that the letter did not carry, and only those', () => {
    const amnesty = signatory(1, 'Amnesty International');
    const hrw = signatory(2, 'Human Rights Watch');
    const since = signatoriesSince(received(amnesty, hrw), SENT_AT, [amnesty, hrw, signatory(3, 'Article 19', { createdAt: AFTER })], confirmedOnly);
    expect(names(since.added)).toEqual(['Article 19']);
    expect(since.withdrawn).toEqual([]);
  });

  it('does not count a re-imported organization (new row, same name key) or a corrected spelling (same row) as new', () => {
    const sent = [signatory(1, 'Amnesty International'), signatory(2, 'Human Right Watch')];
    const now = [signatory(7, 'AMNESTY INTERNATIONAL', { createdAt: AFTER }), signatory(2, 'Human Rights Watch')];
    expect(signatoriesSince(received(...sent), SENT_AT, now, confirmedOnly).added).toEqual([]);
  });

  it('does not take a row that reused a deleted signatory’s id for the one that was sent', () => {
    const sent = [signatory(5, 'CIVICUS')];
    const now = [signatory(5, 'Front Line Defenders', { createdAt: AFTER })];
    const since = signatoriesSince(received(...sent), SENT_AT, now, confirmedOnly);
    expect(names(since.added)).toEqual(['Front Line Defenders']);
  });

  it('follows a merge of duplicates: the kept spelling of a merged pair was already sent', () => {
    const sent = [signatory(1, 'HRW')];
    // "HRW" was folded into a later "Human Rights Watch" row, which is all that is left.
    const now = [signatory(9, 'Human Rights Watch', { createdAt: AFTER })];
    expect(names(signatoriesSince(received(...sent), SENT_AT, now, confirmedOnly).added)).toEqual(['Human Rights Watch']);
    const merged = signatoriesSince(received(...sent), SENT_AT, now, { ...confirmedOnly, mergedKeys: [['human rights watch', 'hrw']] });
    expect(merged.added).toEqual([]);
  });

  it('reports a withdrawal since the letter, not a withdrawal before it, and not one that was reversed', () => {
    const sent = [signatory(1, 'Amnesty International'), signatory(2, 'Article 19'), signatory(3, 'CIVICUS')];
    const now = [
      signatory(1, 'Amnesty International', { status: 'withdrawn' }),
      // withdrew and rejoined: still on the list, so neither new nor gone
      signatory(2, 'Article 19'),
      signatory(3, 'CIVICUS'),
      // withdrawn before the letter and never printed: not news
      signatory(4, 'Privacy International', { status: 'withdrawn' }),
    ];
    const since = signatoriesSince(received(...sent), SENT_AT, now, confirmedOnly);
    expect(names(since.withdrawn)).toEqual(['Amnesty International']);
    expect(since.added).toEqual([]);
  });

  it('counts an organization that had withdrawn before the letter and rejoined after it as joined', () => {
    const sent = [signatory(1, 'Amnesty International')];
    const now = [signatory(1, 'Amnesty International'), signatory(2, 'Article 19')];
    expect(names(signatoriesSince(received(...sent), SENT_AT, now, confirmedOnly).added)).toEqual(['Article 19']);
  });

  it('lists only the statuses the letter prints: a pending signatory joins when it is confirmed', () => {
    const now = [signatory(1, 'Amnesty International', { status: 'pending' })];
    expect(signatoriesSince([], SENT_AT, now, confirmedOnly).added).toEqual([]);
    expect(names(signatoriesSince([], SENT_AT, now, { printedStatuses: ['confirmed', 'pending'] }).added)).toEqual(['Amnesty International']);
  });
});

describe('planAddenda', () => {
  const amnesty = signatory(1, 'Amnesty International');
  const article19 = signatory(2, 'Article 19', { createdAt: AFTER });
  const civicus = signatory(3, 'CIVICUS', { createdAt: '2026-04-02T09:00:00.000Z' });
  const delivery = (recipientId: number | null, recipientKey: string, deliveredAt: string, list: CurrentSignatory[], kind: 'letter' | 'addendum' = 'letter'): DeliveryBasis => ({
    recipientId,
    recipientKey,
    kind,
    deliveredAt,
    letterDate: deliveredAt.slice(0, 10),
    signatories: received(...list),
  });
  const options = { printedStatuses: ['confirmed'] as const, includeWithdrawn: false, hasUnrecordedExports: false };

  it('compares each recipient with their own last delivery: one excluded from a later export and included again gets both batches', () => {
    const recipients = [
      { id: 1, key: 'au', label: 'African Union' },
      { id: 2, key: 'asean', label: 'ASEAN' },
    ];
    const deliveries = [
      delivery(1, 'au', SENT_AT, [amnesty]),
      delivery(2, 'asean', SENT_AT, [amnesty]),
      // ASEAN was excluded when the first addendum went out
      delivery(1, 'au', '2026-03-25T10:00:00.000Z', [amnesty, article19], 'addendum'),
    ];
    const plan = planAddenda(recipients, deliveries, [amnesty, article19, civicus], options);
    expect(plan.map((entry) => entry.status)).toEqual(['addendum', 'addendum']);
    const [au, asean] = plan.map((entry) => (entry.status === 'addendum' ? entry : null));
    expect(names(au!.added)).toEqual(['CIVICUS']);
    expect(au!.letterDate).toBe('2026-03-12');
    expect(names(asean!.added)).toEqual(['Article 19', 'CIVICUS']);
    expect(names(asean!.receivedAfter)).toEqual(['Amnesty International', 'Article 19', 'CIVICUS']);
  });

  it('matches a re-imported recipient by key; a recipient never sent anything needs the full letter; nothing new gets nothing', () => {
    const recipients = [
      { id: 11, key: 'au', label: 'African Union' },
      { id: 12, key: 'ecowas', label: 'ECOWAS' },
      { id: 13, key: 'oas', label: 'OAS' },
    ];
    const deliveries = [delivery(1, 'au', SENT_AT, [amnesty]), delivery(13, 'oas', AFTER, [amnesty, article19])];
    const plan = planAddenda(recipients, deliveries, [amnesty, article19], options);
    expect(plan.map((entry) => entry.status)).toEqual(['addendum', 'needs-letter', 'nothing-new']);
    expect(planAddenda(recipients, [], [amnesty], { ...options, hasUnrecordedExports: true }).map((entry) => entry.status)).toEqual([
      'unknown',
      'unknown',
      'unknown',
    ]);
  });

  it('tells of withdrawals only when asked, and then forgets them in what was received', () => {
    const recipients = [{ id: 1, key: 'au', label: 'African Union' }];
    const deliveries = [delivery(1, 'au', SENT_AT, [amnesty, article19])];
    const now = [{ ...amnesty, status: 'withdrawn' as const }, article19];
    expect(planAddenda(recipients, deliveries, now, options)[0]!.status).toBe('nothing-new');
    const told = planAddenda(recipients, deliveries, now, { ...options, includeWithdrawn: true })[0]!;
    expect(told.status).toBe('addendum');
    if (told.status !== 'addendum') return;
    expect(names(told.withdrawn)).toEqual(['Amnesty International']);
    expect(names(told.receivedAfter)).toEqual(['Article 19']);
  });
});
