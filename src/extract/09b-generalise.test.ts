import { describe, expect, it } from 'vitest';
import { relationList, run } from './fixtures/harness';

/** Each row: text, relations that must be found, relations that must not (own sentences, other conflicts). */
type Row = [string, string[], string[]];

const TITLES: Row[] = [
  ['French President Emmanuel Macron called for calm.', ['emmanuel-macron affiliation france'], []],
  ['Kenyan Foreign Minister Raychelle Omamo flew to Addis Ababa.', ['raychelle-omamo affiliation kenya'], []],
  ['U.N. envoy Hans Grundberg briefed the Security Council.', ['hans-grundberg affiliation united-nations'], []],
  ['U.S. Secretary of State Mike Pompeo visited Riyadh.', ['mike-pompeo affiliation united-states'], []],
  ['Houthi spokesman Yahya Saree denied the claim.', ['yahya-saree affiliation houthis'], []],
  ["Egypt's Foreign Minister Sameh Shoukry arrived.", ['sameh-shoukry affiliation egypt'], []],
  ['Moscow think-tank expert Ivan Petrov said, says Anna Berg at the Arctic Research Institute.', [], ['anna-berg affiliation arctic-research-institute']],
];

const LEADERSHIP: Row[] = [
  ["Kenya's team was headed by presidential adviser Peter Mwangi.", ['peter-mwangi affiliation kenya'], []],
  [
    "Sudan's army blamed the rebels. The army, led by Gen. Ahmed Musa, has been fighting the Rapid Support Forces.",
    ['ahmed-musa affiliation sudanese-armed-forces', 'sudanese-armed-forces conflict rapid-support-forces'],
    ['ahmed-musa conflict rapid-support-forces'],
  ],
  [
    'Fighting spread in Sudan. The Rapid Support Forces, commanded by Lt. Gen. Omar Khalil, seized the airport.',
    ['omar-khalil affiliation rapid-support-forces'],
    [],
  ],
  [
    'The Government of National Accord in Misrata, led by Prime Minister Karim Nasser, protested.',
    ['karim-nasser affiliation gna'],
    ['karim-nasser affiliation misrata'],
  ],
  ['Egypt backs the Libyan National Army of commander Salem Otman.', ['salem-otman affiliation lna', 'egypt support lna'], []],
];

describe('09b generalisation: title affiliations and leadership', () => {
  it.each([...TITLES, ...LEADERSHIP])('%s', (text, want, notWant) => {
    const rels = relationList(run(text));
    for (const r of want) expect(rels).toContain(r);
    for (const r of notWant) expect(rels).not.toContain(r);
  });

  it('uses the title words as the trigger of a title affiliation', () => {
    const a = run('German Chancellor Olaf Scholz spoke to reporters.');
    const r = a.relations.find((x) => x.source === 'olaf-scholz' && x.family === 'affiliation')!;
    const e = r.evidence[0];
    expect(a.doc.text.slice(e.trigger!.start, e.trigger!.end)).toBe('Chancellor');
    expect(r.target).toBe('germany');
  });
});
