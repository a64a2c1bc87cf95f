import { describe, expect, it } from 'vitest';
import { findDates } from './04-dates';

const dates = (sentence: string, publishedAt: string) =>
  findDates(sentence, 0, { publishedAt }).map((d) => [d.text, d.value ?? null]);

/** A month or month-day without a year and without a tense cue is read as the past unless it is near. */
describe('04 dates: yearless months do not jump far into the future', () => {
  it.each([
    ['the militia has been holding the port since August', '2021-02-10', '2020-08'],
    ['the siege of the town since October 3 continues', '2019-03-01', '2018-10-03'],
    ['delegations due in Nairobi March 2', '2023-02-01', '2023-03-02'],
    ['a vote scheduled for November', '2021-02-10', '2021-11'],
    ['a ceasefire agreed in December', '2018-01-10', '2017-12'],
  ] as Array<[string, string, string]>)('%s (%s)', (s, ref, want) => {
    expect(dates(s, ref).map((d) => d[1])).toContain(want);
  });
});

describe('04 dates — tense from any past-tense verb, year words after a month', () => {
  it.each([
    ['The junta declared the accord void on Thursday.', '2024-01-29', 'on Thursday', '2024-01-25'],
    ['The talks will resume on Thursday.', '2024-01-29', 'on Thursday', '2024-02-01'],
    ['The armed groups meet on Thursday.', '2024-01-29', 'on Thursday', '2024-02-01'],
    ['The siege began in October last year.', '2024-11-27', 'in October last year', '2023-10'],
    ['A vote is due in June next year.', '2024-11-27', 'in June next year', '2025-06'],
  ])('%s (published %s)', (sentence, publishedAt, text, value) => {
    expect(findDates(sentence, 0, { publishedAt }).map((d) => [d.text, d.value])).toEqual([[text, value]]);
  });
});
