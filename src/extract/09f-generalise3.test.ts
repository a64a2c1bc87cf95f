import { describe, expect, it } from 'vitest';
import { relationList, run } from './fixtures/harness';

/** Each row: text, relations that must be found, relations that must not (own sentences, other conflicts). */
type Row = [string, string[], string[]];

const ROWS: Row[] = [
  // "A and B negotiators opened talks": both delegations take part and negotiate with each other
  [
    'Houthi and Yemeni government negotiators opened peace talks in Muscat on Sunday.',
    ['houthis negotiate yemeni-government', 'houthis participate muscat-talks'],
    [],
  ],
  [
    'Armenian and Azerbaijani negotiators opened peace talks in Vienna on Monday.',
    ['armenia negotiate azerbaijan', 'azerbaijan participate vienna-talks'],
    [],
  ],
  // "X, a close ally of Y," → X backs Y; Y is not the sentence's subject
  [
    'Iran, a staunch ally of the Syrian government, sent troops to the front.',
    ['iran support syrian-government'],
    ['syrian-government support iran'],
  ],
  ['Chad, an ally of France, joined the talks.', ['chad support france'], ['france participate talks']],
  // honorific after a founder/leader title: the person belongs to the named group
  ['Taliban founder Mullah Mohammed Omar died in 2013.', ['mohammed-omar affiliation taliban'], []],
  // hosting a group's (political) office is backing it
  ["Iran has hosted the Houthis's political office since 2015.", ['iran support houthis'], []],
  ["Turkey has hosted Hamas's political office since 2012.", ['turkey support hamas'], []],
  // "X accused Y of backing Z": X's accusation targets Y; Y (allegedly) backs Z
  ['Ethiopia accused Egypt of backing the TPLF.', ['ethiopia conflict egypt', 'egypt support tplf'], ['ethiopia support tplf']],
  ['Iran, which has been accused of arming the Houthis, denied the claim.', ['iran support houthis'], []],
  // "<Person> is leading the mediation on behalf of <IGO>" → mediates the main talks, member of the IGO
  [
    'Peace talks on Sudan opened in Addis Ababa on Monday. Former Nigerian President Olusegun Obasanjo is leading the mediation on behalf of the African Union.',
    ['olusegun-obasanjo mediate addis-ababa-talks', 'olusegun-obasanjo affiliation african-union'],
    [],
  ],
];

describe('09f generalisation: coordinated delegations, titled honorifics, host clauses', () => {
  it.each(ROWS)('%s', (text, want, notWant) => {
    const rels = relationList(run(text));
    for (const r of want) expect(rels).toContain(r);
    for (const r of notWant) expect(rels).not.toContain(r);
  });
});
