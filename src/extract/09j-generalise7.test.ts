import { describe, expect, it } from 'vitest';
import { relationList, run } from './fixtures/harness';

/** Each row: text, relations that must be found, relations that must not (own sentences, other conflicts). */
type Row = [string, string[], string[]];

const ROWS: Row[] = [
  // "the deal" in a ceasefire story is the ceasefire; a capital after "brokered by" is the state
  [
    'A truce between Ukraine and Russia took effect on Monday. The deal was brokered by Ankara and Riyadh.',
    ['turkey mediate june-ceasefire', 'saudi-arabia mediate june-ceasefire'],
    [],
  ],
  ['Talks on trade opened in Geneva. The arms deal was signed by Qatar.', [], ['qatar participate geneva-talks']],
  // "not a party to" / "not consulted on" the deal: no part in it
  [
    'A ceasefire in Gaza began on Sunday. Islamic Jihad, which is not a party to the deal, said it was not consulted on the truce.',
    ['palestinian-islamic-jihad participate june-ceasefire not'],
    [],
  ],
  // "negotiated the deal": taking part in the event
  ['A ceasefire in Sudan began on Friday. Sudan\'s army negotiated the truce with the help of Saudi Arabia.', ['sudanese-armed-forces participate june-ceasefire'], []],
  // "X, whose envoy, Y, …" → Y represents X
  ['Talks opened in Jeddah. The Arab League, whose envoy, Hossam Zaki, attended the talks, called for calm.', ['hossam-zaki affiliation arab-league'], []],
  // "served on the mediation panel" → mediates the main talks
  ['Peace talks opened in Nairobi on Monday. Former Botswana President Festus Mogae served on the mediation panel.', ['festus-mogae mediate nairobi-talks'], []],
  // "A (ACR) and B attended": the bracketed acronym does not end the coordination
  ['Peace talks opened in Juba. The Southern African Development Community (SADC) and the United Nations also attended as observers.', ['sadc participate juba-talks', 'united-nations participate juba-talks'], []],
  // "Y's longtime leader X" → X belongs to Y
  ["Israel killed Hamas's longtime leader Yahya Sinwar in October.", ['yahya-sinwar affiliation hamas', 'israel conflict yahya-sinwar'], ['israel conflict hamas']],
];

describe('09j generalisation: deals as the ceasefire, party to / consulted on, whose envoy, mediation panels', () => {
  it.each(ROWS)('%s', (text, want, notWant) => {
    const rels = relationList(run(text));
    for (const r of want) expect(rels).toContain(r);
    for (const r of notWant) expect(rels).not.toContain(r);
  });
});
