import { describe, expect, it } from 'vitest';
import { parseAnswerTime } from '../../../../../src/main/services/signatories/parse-answer-time';

describe('parseAnswerTime', () => {
  it('reads the timestamps forms and spreadsheets write, with their zones', () => {
    const utc = (text: string) => Date.parse(text);
    expect(parseAnswerTime('2026/03/02 9:14:03 AM GMT+1', 'day-first')).toBe(utc('2026-03-02T08:14:03Z'));
    expect(parseAnswerTime('2026/03/02 12:05:00 PM GMT-5', 'day-first')).toBe(utc('2026-03-02T17:05:00Z'));
    expect(parseAnswerTime('2026/03/02 12:05:00 AM', 'day-first')).toBe(utc('2026-03-02T00:05:00Z'));
    expect(parseAnswerTime('2026-03-20T16:45:00.000Z', 'month-first')).toBe(utc('2026-03-20T16:45:00Z'));
    expect(parseAnswerTime('2026-03-20', 'month-first')).toBe(utc('2026-03-20T00:00:00Z'));
    expect(parseAnswerTime('15.03.2026 11:30:00', 'day-first')).toBe(utc('2026-03-15T11:30:00Z'));
    expect(parseAnswerTime('3/4/2026 10:00:00', 'month-first')).toBe(utc('2026-03-04T10:00:00Z'));
    expect(parseAnswerTime('3/4/2026 10:00:00', 'day-first')).toBe(utc('2026-04-03T10:00:00Z'));
    expect(parseAnswerTime('04/03/26 9h05', 'day-first')).toBe(utc('2026-03-04T09:05:00Z'));
    expect(parseAnswerTime('46083.5', 'day-first')).toBe(utc('2026-03-02T12:00:00Z'));
  });

  it('refuses what is not a date: impossible days, months and hours, words, years alone', () => {
    for (const text of ['15/03/2026', '31.04.2026', '2026-13-01', '2026/03/02 13:00 PM', '2026-03-02 25:00', 'yesterday', '2020', '2026-03-02 at noon', '2026-03-02 +25']) {
      expect(parseAnswerTime(text, 'month-first'), text).toBeNull();
    }
    expect(parseAnswerTime('15/03/2026', 'day-first')).not.toBeNull();
  });
});
