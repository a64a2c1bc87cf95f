import { describe, expect, it } from 'vitest';
import { mentionList, run } from './fixtures/harness';

describe('06 mentions', () => {
  it.each([
    [
      'Russia and Iran back the Syrian government.',
      ['Russia→russia', 'Iran→iran', 'Syrian government→syrian-government'],
    ],
    ['Yemeni rebels attacked the port.', ['Yemeni rebels→yemeni-opposition']],
    ['The Ukrainian army retreated.', ['Ukrainian army→ukrainian-armed-forces']],
    ['The Kremlin said on Monday that Moscow understands.', ['Kremlin→russia', 'Moscow→russia']],
    ['Delegates arrived in Moscow on Monday.', []],
    [
      'Islamic State and al-Qaida fighters were not invited.',
      ['Islamic State→islamic-state', 'al-Qaida→al-qaida'],
    ],
    ["Russia's Interfax news agency reported it.", ['Russia→russia', 'Interfax news agency→interfax']],
    ['The Moscow Carnegie Center published a report.', ['Moscow Carnegie Center→moscow-carnegie-center']],
    [
      'He spoke at the Research Center on Central Asia.',
      ['Research Center on Central Asia→research-center-on-central-asia'],
    ],
    ['Foreign Minister Kairat Abdrakhmanov spoke.', ['Kairat Abdrakhmanov→kairat-abdrakhmanov']],
    ['U.S. President Donald Trump spoke.', ['U.S.→united-states', 'Donald Trump→donald-trump']],
  ])('%s', (text, expected) => {
    expect(mentionList(run(text))).toEqual(expected);
  });

  it.each([
    'Find a Security Clearance Job!',
    'Weapons of Mass Destruction (WMD)',
    'By Daniel Schearf January 22, 2017',
    'Olga Pavlova contributed to this report.',
    'In Episode One of Unconventional Threat, we examine threats.',
    'The delegates met on Sunday and Monday.',
    'Rebels Say Peace Coalition Struck Deal After Long Night',
  ])('page furniture and bylines are not actors: %s', (text) => {
    expect(mentionList(run(text)).filter((m) => !m.endsWith('→talks'))).toEqual([]);
  });

  it('does not take a venue after a locative preposition for its country', () => {
    const a = run('Delegates gathered in Astana. Damascus is looking to negotiate.');
    expect(mentionList(a)).toEqual(['Damascus→syria']);
  });

  it('keeps mention offsets exact and inside their sentence', () => {
    const a = run(
      'ASTANA — Syrian government and opposition delegates gathered Monday. U.N. Special Envoy on Syria, Staffan de Mistura, is participating.',
    );
    for (const v of a.dm.sentences)
      for (const m of v.mentions) {
        expect(v.toks[m.i].start).toBeGreaterThanOrEqual(v.start);
        expect(v.toks[m.j - 1].end).toBeLessThanOrEqual(v.end);
      }
    expect(mentionList(a)).toContain('Staffan de Mistura→staffan-de-mistura');
  });
});
