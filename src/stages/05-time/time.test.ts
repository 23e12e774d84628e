import { describe, expect, it } from 'vitest';
import type { TimeMention } from '../../model/index.js';
import { processText } from '../../testing/engine.js';
import { anchorWeekday } from './calendar.js';
import { findDurations } from './extractors/duration.js';

function times(text: string, published: string | null = '2022-03-07'): TimeMention[] {
  return processText(text, published).times;
}

describe('weekday anchoring against the calendar (reference Monday 2022-03-07)', () => {
  const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  // March 2022: Tue 1, Wed 2, Thu 3, Fri 4, Sat 5, Sun 6, Mon 7, Tue 8 … Sun 13.
  const past = ['2022-03-06', '2022-03-07', '2022-03-01', '2022-03-02', '2022-03-03', '2022-03-04', '2022-03-05'];
  const future = ['2022-03-13', '2022-03-07', '2022-03-08', '2022-03-09', '2022-03-10', '2022-03-11', '2022-03-12'];
  it.each(names.map((n, i) => [n, i]))('%s: last one in the past, next one in the future', (_name, i) => {
    expect(anchorWeekday('2022-03-07', i as number, 'past')).toBe(past[i as number]);
    expect(anchorWeekday('2022-03-07', i as number, 'future')).toBe(future[i as number]);
  });

  it('crosses year ends and leap days', () => {
    expect(anchorWeekday('2023-01-02', 5, 'past')).toBe('2022-12-30');
    expect(anchorWeekday('2022-12-30', 1, 'future')).toBe('2023-01-02');
    expect(anchorWeekday('2024-03-01', 4, 'past')).toBe('2024-02-29');
  });
});

describe('time stage', () => {
  it('resolves a bare weekday by the tense of its verb, keeping stated apart from implied parts', () => {
    const [t] = times('The minister called on Thursday.');
    expect(t).toMatchObject({ text: 'on Thursday', start: 20, end: 31 });
    expect(t!.value).toEqual({ value: '2022-03-03', precision: 'day', stated: { weekday: 4 }, implied: { year: 2022, month: 3, day: 3 } });
    expect(times('The minister travels to Rome on Thursday.')[0]!.value!.value).toBe('2022-03-10');
    expect(times('They will meet on Monday.')[0]!.value!.value).toBe('2022-03-07');
    expect(times('They met on Monday.')[0]!.value!.value).toBe('2022-03-07');
  });

  it('reads the tense of the finite verb when the date hangs on a participle', () => {
    expect(times('He became a mediator, meeting the king on Saturday.')[0]!.value!.value).toBe('2022-03-05');
  });

  it('reads years after a preposition, and chains "two years later" to the previous year', () => {
    const t = times('They first met in 2017. Two years later they met again.');
    expect(t.map((x) => [x.text, x.value!.value, x.value!.precision])).toEqual([['in 2017', '2017', 'year'], ['Two years later', '2019', 'year']]);
  });

  it('anchors "this morning" in an embedded post to the post\'s date', () => {
    const text = 'Leaders talk\n\nI spoke to the chancellor this morning.\n\n– Jane Example (@janeexample) March 3, 2022 Talks continue.';
    const t = times(text).find((x) => x.text === 'this morning')!;
    expect(t.value!.value).toBe('2022-03-03');
  });

  it('leaves weekday dates unresolved when the publication date is unknown', () => {
    expect(times('They met on Sunday.', null)[0]!.value).toEqual({ value: null, precision: 'unknown', stated: { weekday: 0 }, implied: {} });
  });

  it('does not read "now" as a date', () => {
    expect(times('He is now one of the few leaders.')).toEqual([]);
  });
});

describe('durations', () => {
  it.each([
    ['they talked for nearly two hours', 120, true],
    ['they spoke for 90 minutes', 90, false],
    ['a 40-minute call', 40, false],
    ['an hour and a half', 90, false],
    ['about three and a half hours', 210, true],
    ['half an hour', 30, false],
    ['an hour-long meeting', 60, false],
  ])('%s → %d minutes', (text, minutes, approximate) => {
    const [d] = findDurations(text);
    expect(d).toMatchObject({ minutes, approximate });
  });

  it('does not read relative times as durations', () => {
    expect(findDurations('two hours later they met; 90 minutes ago')).toEqual([]);
  });
});
