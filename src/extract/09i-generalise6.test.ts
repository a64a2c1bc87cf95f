import { describe, expect, it } from 'vitest';
import { relationList, run } from './fixtures/harness';

/** Each row: text, relations that must be found, relations that must not (own sentences, other conflicts). */
type Row = [string, string[], string[]];

const ROWS: Row[] = [
  // "X, made up of A, B (ACR) and C," → each is a member of X
  [
    'The Alliance for Change, made up of the Sudan Liberation Army, the Beja Congress (BC) and the Umma Party, rejected the deal.',
    ['sudan-liberation-army affiliation alliance-for-change', 'umma-party affiliation alliance-for-change'],
    [],
  ],
  // "X, which/who chairs Y," → X leads Y
  ['Angola, which chairs the African Union this year, called for calm.', ['angola affiliation african-union'], []],
  // "X, Y's main ally," and "Y's allies A and B" → backing of the possessor
  ["Belarus, Russia's closest ally, hosted the troops.", ['belarus support russia'], ['russia support belarus']],
  ["Tehran's allies Syria and Hezbollah condemned the strike.", ['syria support iran', 'hezbollah support iran'], []],
  // a capital right after a verb or after "talks with" is the state acting
  ['Ukraine and Russia are at war. Kyiv accused Moscow of shelling the plant.', ['ukraine conflict russia'], []],
  ['Iran and the United States have no ties. Washington held indirect talks with Tehran in Oman.', ['united-states negotiate iran'], []],
  // a titled official's accusation is the state's
  ['Rwandan Foreign Minister Vincent Biruta accused Congo of backing the FDLR.', ['rwanda conflict republic-of-the-congo'], ['vincent-biruta conflict republic-of-the-congo']],
  // training a force is backing it
  ['The United States has trained the Somali army since 2010.', ['united-states support somali-armed-forces'], []],
];

describe('09i generalisation: member lists, chairs, possessive allies, capitals as objects, officials accusing', () => {
  it.each(ROWS)('%s', (text, want, notWant) => {
    const rels = relationList(run(text));
    for (const r of want) expect(rels).toContain(r);
    for (const r of notWant) expect(rels).not.toContain(r);
  });
});
