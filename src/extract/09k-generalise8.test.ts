import { describe, expect, it } from 'vitest';
import { relationList, run } from './fixtures/harness';

/** Each row: text, relations that must be found, relations that must not (own sentences, other conflicts). */
type Row = [string, string[], string[]];

const ROWS: Row[] = [
  // "X-linked Y": Y belongs to X; the participle must sit right before Y
  ['Al Qaeda-linked JNIM fighters attacked the base.', ['jnim affiliation al-qaida'], []],
  ['The al-Shabaab-affiliated militia attacked Kenya.', [], ['kenya affiliation al-shabab']],
  // "the X-led <organisation>": X leads it
  ['Mali quit the Nigerian-led Economic Community of West African States in January.', ['nigeria affiliation ecowas'], []],
  // a person accusing a person stays personal; a titled official accusing a state speaks for the state
  [
    'Armenian Prime Minister Nikol Pashinyan accused Azerbaijani President Ilham Aliyev of lying.',
    ['nikol-pashinyan conflict ilham-aliyev'],
    ['armenia conflict ilham-aliyev'],
  ],
  // "hosted several rounds of talks": the event after "rounds of" is the object
  ['Oman has hosted several rounds of talks between Iran and the United States.', ['oman mediate talks'], []],
  // "peace deal" is an event that can be brokered
  ['Qatar brokered a peace deal between Congo and the M23 rebels in 2025.', ['qatar mediate ceasefire'], []],
  // "imposed (adjective) sanctions on X"
  ['The European Union has imposed sweeping financial sanctions on Belarus.', ['european-union conflict belarus'], []],
  // 'declared "total war" on X': a closing quote between noun and preposition
  ['Kenya declared "total war" on al Shabaab in 2023.', ['kenya conflict al-shabab'], []],
  // "the leaders of A and B initialed an agreement": the two sides agree with each other
  ['The leaders of Serbia and Kosovo initialled a framework agreement in Brussels.', ['serbia negotiate kosovo'], []],
  // "the bloc's special envoy for X, Y": the bloc (the latest IGO) holds the title
  [
    "The African Union has mediated since 2022. The bloc's special envoy for the Horn of Africa, Jane Doe, arrived on Monday.",
    ['jane-doe affiliation african-union'],
    [],
  ],
  // "X sent its envoy Y to observe the talks": the sender takes part as well
  [
    'Peace talks opened in Doha. Norway, which sent its special envoy Tor Wennesland to observe the talks, welcomed the deal.',
    ['norway participate doha-talks'],
    [],
  ],
  // "the foreign ministers of A and B met": the countries are the subject
  ['The foreign ministers of Egypt and Ethiopia met in Cairo on Monday.', ['egypt negotiate ethiopia'], []],
  // "turned to X for support" → X backs the subject
  ['Burkina Faso has turned to Russia for military help since 2023.', ['russia support burkina-faso'], []],
  // the noun before a relative aside is the one not invited
  [
    'Peace talks opened in Geneva. Iran, which has backed the Houthis as a key ally since 2015, was not invited to the talks.',
    ['geneva-talks exclude iran'],
    [],
  ],
];

describe('09k generalisation: accusations between persons, rounds of talks, peace deals, sanctions nouns, turned to', () => {
  it.each(ROWS)('%s', (text, want, notWant) => {
    const rels = relationList(run(text));
    for (const r of want) expect(rels).toContain(r);
    for (const r of notWant) expect(rels).not.toContain(r);
  });
});
