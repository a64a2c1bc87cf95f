import { describe, expect, it } from 'vitest';
import { relationList, run } from './fixtures/harness';

/** Each row: text, relations that must be found, relations that must not (own sentences, other conflicts). */
type Row = [string, string[], string[]];

const ROWS: Row[] = [
  // an attack noun governed by a waging verb, or with a possessor, names attacker and target
  ['France, which has carried out hundreds of air strikes against the Islamic State, also trains Iraqi troops.', ['france conflict islamic-state'], []],
  ["The Houthis launched a drone attack on Saudi Arabia on Monday.", ['houthis conflict saudi-arabia'], []],
  ["Russia condemned the attack on Syria.", [], ['russia conflict syria']],
  // "in support of (its ally) X": the clause's subject backs X
  ['The Houthis fired missiles at ships in support of their ally Hamas.', ['houthis support hamas'], []],
  // "a ceasefire/deal between A and B" → the parties agreed with each other
  ['A truce between Armenia and Azerbaijan collapsed on Monday.', ['armenia negotiate azerbaijan'], []],
  ['A ceasefire between Ukraine and Russia-backed separatists failed.', [], ['russia negotiate ukraine']],
  // "A and B agreed …" / "A and B signed an agreement" without an object → they agreed with each other
  ['Sudan and South Sudan agreed on Friday on a new oil deal.', ['sudan negotiate south-sudan'], []],
  ['Eritrea and Ethiopia signed a peace agreement in 2018.', ['eritrea negotiate ethiopia'], []],
  // "under the auspices of X" → X mediates the sentence's event
  ['Armenia and Azerbaijan held talks in Brussels under the auspices of the European Union.', ['european-union mediate brussels-talks'], []],
  // the possessive-with-adjective agent: "Ethiopia's federal government", "Myanmar's ruling military"
  ["Ethiopia's federal government accused Eritrea of sabotage.", ['ethiopian-government conflict eritrea'], []],
  // "X barred Y from Z": Y is kept out
  ['Peace talks opened in Doha. The hosts barred Iran from the talks.', ['doha-talks exclude iran'], []],
  // "junta chief X": the bare group noun before the title is the holder; it is no object of its own
  [
    "Mali's junta seized power in 2021. The junta denied it. ECOWAS barred junta chief Assimi Goita from its summit.",
    ['mali-summit exclude assimi-goita', 'assimi-goita affiliation malian-government'],
    ['ecowas exclude malian-government'],
  ],
  // "supply the military with jets": the direct object after "the" is the recipient
  ["Myanmar's military seized power in 2021. Russia continued to supply the military with fighter jets.", ['russia support burmese-armed-forces'], []],
];

describe('09g generalisation: attack nouns, deals between parties, auspices, possessive agents', () => {
  it.each(ROWS)('%s', (text, want, notWant) => {
    const rels = relationList(run(text));
    for (const r of want) expect(rels).toContain(r);
    for (const r of notWant) expect(rels).not.toContain(r);
  });
});
