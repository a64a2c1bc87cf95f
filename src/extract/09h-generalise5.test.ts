import { describe, expect, it } from 'vitest';
import { relationList, run } from './fixtures/harness';

/** Each row: text, relations that must be found, relations that must not (own sentences, other conflicts). */
type Row = [string, string[], string[]];

const ROWS: Row[] = [
  // facilitate / convene are mediation verbs; two passives share the event
  ['Peace talks facilitated by Qatar and hosted by Oman opened on Monday.', ['qatar mediate talks', 'oman mediate talks'], []],
  ['A summit convened by the African Union opened in Addis Ababa.', ['african-union mediate addis-ababa-summit'], []],
  // "A and B sat down for talks": both take part and negotiate with each other
  ['Armenia and Azerbaijan sat down for direct talks in Almaty on Friday.', ['armenia negotiate azerbaijan', 'azerbaijan participate almaty-talks'], []],
  // a boycott is a negated participation
  ['Peace talks opened in Riyadh. The Southern Transitional Council boycotted the talks.', ['southern-transitional-council participate riyadh-talks not'], []],
  // killing
  ['Israel killed Hamas leader Ismail Haniyeh in Tehran in July.', ['israel conflict ismail-haniyeh'], []],
  // an adverb between auxiliary and participle keeps the passive a passive
  ['Syrian President Bashar al-Assad, whose rule was widely condemned as brutal, is backed by Russia and Iran.', ['russia support bashar-al-assad'], ['bashar-al-assad conflict russia']],
  // a time phrase between the participle and its agent
  ['Rwanda was accused last week by Uganda of backing the rebels.', ['uganda conflict rwanda'], []],
  // "mediated between the two sides" without a named object: the main talks
  ['Talks opened in Doha. Egypt, which has mediated between the two sides since 2021, said the talks would continue.', ['egypt mediate doha-talks'], []],
  // a named group's name without its head noun, later in the text
  ['The Mahdi Army clashed with U.S. troops. Iran has long backed Mahdi, officials say.', ['iran support mahdi-army'], []],
  // "the (regional) bloc" is the latest IGO
  ['Leaders of the Southern African Development Community met on Monday. The regional bloc imposed sanctions on Madagascar.', ['sadc conflict madagascar'], []],
];

describe('09h generalisation: facilitation, boycotts, passives with adverbs, short names, the bloc', () => {
  it.each(ROWS)('%s', (text, want, notWant) => {
    const rels = relationList(run(text));
    for (const r of want) expect(rels).toContain(r);
    for (const r of notWant) expect(rels).not.toContain(r);
  });
});
