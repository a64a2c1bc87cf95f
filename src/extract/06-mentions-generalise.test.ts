import { describe, expect, it } from 'vitest';
import { mentionList, run } from './fixtures/harness';

/** Title links as "person→holder" (holder actor id or "-"). */
function links(text: string): string[] {
  const a = run(text);
  return a.dm.links.map((l) => `${l.person.actor}→${l.holder?.actor ?? '-'}`);
}

describe('06 mentions — constructions from articles about other conflicts', () => {
  it.each([
    // a country's own office speaks for the country
    ['The Russian Defence Ministry said the strikes hit depots.', ['Russian Defence Ministry→russia']],
    ["Turkey's Foreign Ministry summoned the envoy.", ["Turkey's Foreign Ministry→turkey"]],
    // …but a named council of a country is an organisation of its own
    ['The Libyan National Council met.', ['Libyan National Council→libyan-national-council']],
    // a seat of power as the agent of a passive or a partner is the country
    ['The truce was brokered by Doha and Cairo.', ['truce→ceasefire', 'Doha→qatar', 'Cairo→egypt']],
    ['Kyiv held talks with Ankara.', ['Kyiv→ukraine', 'talks→talks', 'Ankara→turkey']],
    // a common-noun possessor inside a name
    ["The People's Salvation Front held the town.", ["People's Salvation Front→peoples-salvation-front"]],
    // a country's possessive before a name stays a separate actor
    ["Russia's Wagner Group left.", ['Russia→russia', 'Wagner Group→wagner-group']],
  ])('%s', (text, expected) => {
    expect(mentionList(run(text))).toEqual(expected);
  });

  it('a rank after the title and comma belongs to the title, not the name', () => {
    const a = run('Its spokesman, Brigadier General Yahya Saree, spoke on Monday.');
    expect(mentionList(a)).toContain('Yahya Saree→yahya-saree');
    expect(mentionList(a).join(' ')).not.toMatch(/General Yahya/);
  });

  it.each([
    ['French officials met American and Indian envoys.', ['French officials→france', 'American→united-states', 'Indian envoys→india']],
    // common demonyms world-countries spells differently, and the preferred one names the agents
    ['Tajik troops and Uzbek officials met Kyrgyz envoys.', ['Tajik troops→tajik-armed-forces', 'Uzbek officials→uzbekistan', 'Kyrgyz envoys→kyrgyzstan']],
  ])('a demonym several territories share names the sovereign state: %s', (text, expected) => {
    expect(mentionList(run(text))).toEqual(expected);
  });

  it('a ministry spokesperson is tied to the ministry’s country', () => {
    expect(links('French Foreign Ministry spokesman Christophe Lemoine said Paris was ready.')).toEqual(['christophe-lemoine→france']);
  });

  it('"its" skips the object of a relative clause and finds the subject', () => {
    expect(links('Kenya, which chairs IGAD this year, said its foreign minister Musalia Mudavadi met both sides.')).toEqual([
      'musalia-mudavadi→kenya',
    ]);
  });

  it('"its" still finds the only candidate inside a relative clause', () => {
    expect(links('Envoys, who praised IGAD, said its secretary-general Workneh Gebeyehu would attend.')).toEqual([
      'workneh-gebeyehu→igad',
    ]);
  });

  it.each([
    // a proper noun before a unit noun is the unit's name
    ["Ukraine's Azov regiment held the plant.", ['Ukraine→ukraine', 'Azov regiment→azov']],
    ['Fano militias clashed with the army.', ['Fano militias→fano']],
    ['NATO deployed its BALTFOR peacekeeping force.', ['NATO→nato', 'BALTFOR peacekeeping force→baltfor']],
    // "known as": the name follows the unit noun
    ['The governor armed tribal fighters known as Rapid Shield.', ['Rapid Shield→rapid-shield']],
    // an adjective names a kind of fighter: the whole phrase is the name
    ['Tigrayan forces withdrew.', ['Tigrayan forces→tigrayan-forces']],
    // an ideology makes a group of its own
    ['The army fought jihadist insurgents near the border.', ['jihadist insurgents→jihadist-insurgents']],
    // agent and generic words, known names and demonyms are not new units
    ['Government forces and security forces fired.', []],
    ['Russian troops advanced.', ['Russian troops→russian-armed-forces']],
  ])('named units: %s', (text, expected) => {
    expect(mentionList(run(text))).toEqual(expected);
  });

  it.each([
    ['The accord was signed by Ahmad Zia Saraj for the government.', ['Ahmad Zia Saraj→ahmad-zia-saraj']],
    ['Opposition leader Juan Guaido praised it, and Leopoldo Lopez agreed.', ['Juan Guaido→juan-guaido', 'Leopoldo Lopez→leopoldo-lopez']],
    ['Cyril Ramaphosa met the envoys on Monday.', ['Cyril Ramaphosa→cyril-ramaphosa']],
  ])('personal names without a title: %s', (text, expected) => {
    expect(mentionList(run(text)).filter((m) => /^\p{Lu}\S* \p{Lu}/u.test(m))).toEqual(expected);
  });

  it.each([
    'Fighting spread in northern Kachin State on Thursday.',
    'Aid reached the Gaza Strip.',
    'They met in Cabo Delgado province.',
    'Peace Now said the settlements grew.',
    'Tajik troops entered Gorno-Badakhshan on Monday.',
  ])('places and things are not people: %s', (text) => {
    expect(mentionList(run(text)).filter((m) => /→[a-z]+-[a-z]+$/.test(m) && !m.includes('talks'))).toEqual([]);
  });

  it.each([
    // a quoted nickname stays inside the name
    ['Joaquin "El Chapo" Guzman was extradited.', ['Joaquin "El Chapo" Guzman→joaquin-el-chapo-guzman']],
    // a national police force is an organisation; a country's police officers are that country
    ['The Somali National Police took over.', ['Somali National Police→somali-national-police']],
    ['A contingent of Rwandan police officers landed.', ['Rwandan police officers→rwanda']],
    // a gang coalition named by a proper noun
    ['Fighters of the Grand Ravine gang coalition fired.', ['Grand Ravine gang coalition→grand-ravine']],
  ])('names and forces: %s', (text, expected) => {
    expect(mentionList(run(text))).toEqual(expected);
  });
});
