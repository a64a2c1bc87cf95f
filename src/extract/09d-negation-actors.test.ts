import { describe, expect, it } from 'vitest';
import { relationList, run } from './fixtures/harness';

/** Each row: text, relations that must be found, relations that must not (own sentences, other conflicts). */
type Row = [string, string[], string[]];

const NEGATION: Row[] = [
  ['Russia denies arming the Taliban.', ['russia support taliban not'], ['russia support taliban']],
  [
    'Vice President Riek Machar and President Salva Kiir both flew to Nairobi but did not meet in person.',
    ['riek-machar negotiate salva-kiir not'],
    ['riek-machar negotiate salva-kiir'],
  ],
  [
    'Opposition parties, including the Alliance for Unity and Reform, were excluded from the Doha talks.',
    ['doha-talks exclude alliance-for-unity-and-reform'],
    [],
  ],
];

const ACTORS: Row[] = [
  [
    'The Houthis attacked Marib. The Saudi-backed government of President Omar Said condemned the strike.',
    ['saudi-arabia support yemeni-government', 'omar-said affiliation yemeni-government'],
    [],
  ],
  [
    "Sudan's army clashed with the RSF. The RSF accused the army of shelling Omdurman.",
    ['rapid-support-forces conflict sudanese-armed-forces'],
    [],
  ],
  ['The military intervention was criticised by Egypt.', [], ['egypt conflict sudanese-armed-forces']],
];

describe('09 generalisation: negation and government/military actors', () => {
  it.each([...NEGATION, ...ACTORS])('%s', (text, want, notWant) => {
    const rels = relationList(run(text));
    for (const r of want) expect(rels).toContain(r);
    for (const r of notWant) expect(rels).not.toContain(r);
  });

  it('names a coordinated organisation in full and never makes it its own parent', () => {
    const a = run('Civilian groups, including the Forces for Freedom and Change coalition, were excluded from the talks.');
    const ffc = a.res.actors.get('forces-for-freedom-and-change');
    expect(ffc?.name).toBe('Forces for Freedom and Change');
    expect(ffc?.affiliation).not.toBe('forces-for-freedom-and-change');
  });
});
