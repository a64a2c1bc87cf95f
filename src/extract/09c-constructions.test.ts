import { describe, expect, it } from 'vitest';
import { relationList, run } from './fixtures/harness';

/** Each row: text, relations that must be found, relations that must not (own sentences, other conflicts). */
type Row = [string, string[], string[]];

const PARTICIPATION: Row[] = [
  [
    'Peace talks opened in Doha on Monday. Afghan and Pakistani negotiators met in Doha for a second day.',
    ['afghanistan participate doha-talks', 'pakistan participate doha-talks'],
    [],
  ],
  [
    'The summit, hosted by Ethiopia, brought together the neighbours of Sudan, including Egypt, Kenya and Chad.',
    ['egypt participate summit', 'kenya participate summit', 'chad participate summit'],
    ['ethiopia participate summit'],
  ],
  [
    'The talks in Doha resumed. Pavel Novak, the Czech tycoon, also attended the talks as an observer.',
    ['pavel-novak participate doha-talks'],
    [],
  ],
  [
    'Talks opened in Jeddah. Saudi Crown Prince Mohammed bin Salman welcomed the delegations at the palace.',
    ['mohammed-bin-salman mediate jeddah-talks'],
    [],
  ],
  ['Kenyan and Somali officials met in Mogadishu to discuss trade.', [], ['kenya participate talks']],
  [
    "Ethiopia's army and the rival Tigray People's Liberation Front signed a truce on Monday.",
    ['ethiopian-armed-forces negotiate tplf'],
    [],
  ],
  ['Russia signed a decree on the ceasefire with Ukraine.', [], ['russia negotiate ukraine']],
];

const SUPPORT_CONFLICT: Row[] = [
  ['Poland, a NATO member, has sent tanks to Ukraine.', ['poland support ukraine', 'poland affiliation nato'], ['nato support ukraine']],
  ['Iran has supplied missiles to the Houthis.', ['iran support houthis'], []],
  ['Britain and Canada imposed new sanctions on Tehran.', ['united-kingdom conflict iran', 'canada conflict iran'], []],
  ['Canada delivered a message to Iran.', [], ['canada support iran']],
  [
    'An Emirati-led coalition has bombed the militia since 2016. France and Italy have armed the coalition.',
    ['france support emirati-led-coalition', 'italy support emirati-led-coalition'],
    ['france support united-arab-emirates'],
  ],
  [
    'A Turkish-led military coalition targeted the PKK.',
    ['turkish-led-military-coalition conflict pkk', 'turkey conflict pkk'],
    [],
  ],
];

describe('09c constructions: participation, supplies, sanctions', () => {
  it.each([...PARTICIPATION, ...SUPPORT_CONFLICT])('%s', (text, want, notWant) => {
    const rels = relationList(run(text)).map((r) => r.replace(/ [a-z-]*(talks|summit)( |$)/, ' $1$2'));
    for (const r of want) expect(rels).toContain(r.replace(/ [a-z-]*(talks|summit)( |$)/, ' $1$2'));
    for (const r of notWant) expect(rels).not.toContain(r.replace(/ [a-z-]*(talks|summit)( |$)/, ' $1$2'));
  });
});
