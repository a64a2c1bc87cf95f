import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates } from './04-dates';

const dates = (sentence: string, publishedAt: string | null) =>
  findDates(sentence, 0, { publishedAt }).map((d) => [d.text, d.value ?? null, d.precision ?? null]);

describe('04 dates', () => {
  it.each([
    // the seeds' gold dates
    ['delegates arrived Sunday in Astana', '2017-01-22', [['Sunday', '2017-01-22', 'day']]],
    ['a meeting was underway late Sunday between', '2017-01-22', [['late Sunday', '2017-01-22', 'day']]],
    ['the talks that officially begin Monday afternoon', '2017-01-22', [['Monday afternoon', '2017-01-23', 'day']]],
    ['a cease-fire mediated by Russia in December that has held', '2017-01-22', [['in December', '2016-12', 'month']]],
    ['peace talks in Geneva February 8.', '2017-01-22', [['February 8', '2017-02-08', 'day']]],
    ['delegates gathered Monday in the capital', '2017-01-23', [['Monday', '2017-01-23', 'day']]],
    ['the conflict that began in March 2011.', '2017-01-23', [['in March 2011', '2011-03', 'month']]],
    // other expressions
    ['the last held a year ago', '2017-01-23', [['a year ago', '2016', 'year']]],
    ['fighting has raged since 2014 in Donbas', '2022-03-01', [['since 2014', '2014', 'year']]],
    ['the Houthis seized Sanaa in 2014.', '2015-03-26', [['in 2014', '2014', 'year']]],
    ['the 2015 agreement collapsed', '2016-05-01', [['2015', '2015', 'year']]],
    ['officials met last week', '2017-01-22', [['last week', '2017-01-15', 'day']]],
    ['Kyiv said on 24 February 2022 that', '2022-03-01', [['on 24 February 2022', '2022-02-24', 'day']]],
    ['the army attacked on Friday', '2017-01-24', [['on Friday', '2017-01-20', 'day']]],
    ['talks will resume on Friday', '2017-01-21', [['on Friday', '2017-01-27', 'day']]],
    ['the ceasefire will start in March', '2017-01-22', [['in March', '2017-03', 'month']]],
    ['fighting between 2014 and 2016', '2017-01-22', [['between 2014', '2014', 'year'], ['2016', '2016', 'year']]],
    ['the 2016 Aleppo offensive', '2017-01-22', [['2016', '2016', 'year']]],
    ['resolutions 2254 and 2268 of the Security Council', '2017-01-22', []],
    // false friends
    ['the army retreated the next day', '2017-01-22', []],
    ['they had met the day before', '2017-01-22', []],
    ['two days later the rebels struck', '2017-01-22', []],
    ['one more pretext, the second attempt', '2017-01-22', []],
    ['they may attend and protesters march', '2017-01-22', []],
    ['It is now upon each of us', '2017-01-22', []],
    ['In Episode One of the show', '2017-01-22', []],
    ['Resolution 2254 and 2,000 troops', '2017-01-22', []],
    ['a first meeting between the foes in a year', '2017-01-22', []],
    ['a day before peace talks', '2017-01-22', []],
    ['he quoted the Sunday Times', '2017-01-22', []],
    ['Sun Yat-sen sat down at 5 p.m.', '2017-01-22', []],
    // no reference date: absolute dates resolve, relative ones stay unresolved
    ['the conflict that began in March 2011.', null, [['in March 2011', '2011-03', 'month']]],
    ['Kyiv said on 24 February 2022 that', null, [['on 24 February 2022', '2022-02-24', 'day']]],
    ['delegates arrived Sunday in Astana', null, [['Sunday', null, null]]],
    ['officials met last week', null, [['last week', null, null]]],
    ['a cease-fire agreed in December', null, [['in December', null, null]]],
    ['the Houthis seized Sanaa in 2014.', null, [['in 2014', '2014', 'year']]],
  ])('%s (%s)', (sentence, publishedAt, expected) => {
    expect(dates(sentence, publishedAt)).toEqual(expected);
  });

  it('returns document offsets', () => {
    const [d] = findDates('They met Sunday.', 100, { publishedAt: '2017-01-22' });
    expect([d.start, d.end]).toEqual([109, 115]);
  });

  it('keeps odd but valid reference years as they are', () => {
    expect(findDates('They met on Sunday.', 0, { publishedAt: '0050-03-10' })[0].value).toMatch(/^0050-03-/);
  });

  it('ignores an invalid reference date instead of throwing', () => {
    expect(findDates('They met Sunday.', 0, { publishedAt: 'garbage' })[0].value).toBeUndefined();
  });

  it('finds every gold date of the dev annotation in its sentence', () => {
    const dir = path.resolve(__dirname, '../../../shared/dev-gold');
    if (!fs.existsSync(dir)) return expect.fail('dev-gold folder missing: ' + dir);
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      for (const g of gold.dates) {
        const found = findDates(g.evidence, 0, { publishedAt: gold.publishedAt });
        expect(found.map((d) => d.value), `${f}: ${g.evidence}`).toContain(g.resolved);
      }
    }
  });
});
