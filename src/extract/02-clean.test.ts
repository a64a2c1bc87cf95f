import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from './02-clean';
import { fixMojibake, fixReplacementChars, repairText, unglueSentences } from './02-repair';

const seeds = path.resolve(__dirname, '../../public/seeds');
const seed = (f: string) => fs.readFileSync(path.join(seeds, f), 'utf8');
const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ');

describe('02 repair', () => {
  it.each([
    ['mojibake apostrophe', 'Kazakhstanâ€™s capital', 'Kazakhstan’s capital'],
    ['mojibake quotes and dash', 'â€œWe waitâ€\u009d â€” he said', '“We wait” — he said'],
    ['mojibake accented letter', 'the CafÃ© in SanaÃ¡', 'the Café in Sanaá'],
    ['genuine accents untouched', 'Zelensky met Macron in Élysée; Ç, ñ, ö stay', 'Zelensky met Macron in Élysée; Ç, ñ, ö stay'],
  ])('%s', (_n, input, out) => expect(fixMojibake(input)).toBe(out));

  it.each([
    ['dateline dash', 'ASTANA \uFFFD Syrian delegates met', 'ASTANA — Syrian delegates met'],
    ['dateline with country', 'KYIV, Ukraine\uFFFD Shelling resumed', 'KYIV, Ukraine — Shelling resumed'],
    ['apostrophe in a word', 'Yemen\uFFFDs capital', 'Yemen’s capital'],
    ['lost quotes', 'he said \uFFFDno talks\uFFFD today', 'he said “no talks” today'],
    ['dash between words', 'rebels \uFFFD and the army', 'rebels — and the army'],
  ])('U+FFFD: %s', (_n, input, out) => expect(fixReplacementChars(input)).toBe(out));

  it('ungluing inserts a space after a sentence-ending quote or period', () => {
    expect(unglueSentences('opened the talks.”It is now')).toBe('opened the talks.” It is now');
    expect(unglueSentences('direct negotiations.The negotiations')).toBe('direct negotiations. The negotiations');
    expect(unglueSentences('the U.S.-backed forces in U.K. and example.com')).toBe('the U.S.-backed forces in U.K. and example.com');
  });

  it('normalises control characters, zero-width characters and spaces', () => {
    expect(repairText('a\u0000b\u200b c\r\n\r\n\r\n\r\nd\u00a0\u00a0e')).toBe('a b c\n\nd e');
  });
});

describe('02 clean: seeds', () => {
  const gold = (id: string) => JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../../shared/dev-gold/${id}.json`), 'utf8'));

  it('seed 000: navigation, byline, contributor, newsletter and podcast lines go; headline, author and date kept', () => {
    const c = cleanText(seed('000_ef0816a468b61797.txt'));
    for (const gone of ['Security Clearance', 'Weapons of Mass Destruction', 'By Daniel Schearf', 'Olga Pavlova', 'mailing list', 'podcast', 'Episode One'])
      expect(c.text).not.toContain(gone);
    expect(c.text.startsWith('Syria Peace Talks Set to Begin in Kazakhstan after Delegations Arrive\n\nSyrian opposition')).toBe(true);
    expect(c.title).toBe('Syria Peace Talks Set to Begin in Kazakhstan after Delegations Arrive');
    expect(c.text.slice(c.bodyStart).startsWith('Syrian opposition and government delegates')).toBe(true);
    expect(c.author).toBe('Daniel Schearf');
    expect(c.publishedAt).toBe('2017-01-22');
    expect(c.text.endsWith('long-term civil war in Syria."')).toBe(true);
    expect(c.text).toContain('Rebels partially conquered & divided');
  });

  it('seed 002: U+FFFD repaired, dateline, "Source:", site name and teaser go', () => {
    const c = cleanText(seed('002_eadd4f7e77c9299d.txt'));
    expect(c.text).not.toContain('\uFFFD');
    expect(c.text).not.toMatch(/Source:|syrianewsgazette|ASTANA/);
    expect(c.text.startsWith('Syrian government and opposition delegates gathered Monday')).toBe(true);
    expect(c.text.endsWith('long-term civil war in Syria.')).toBe(true);
    expect(c.text.match(/gathered Monday/g)).toHaveLength(1); // the teaser repeating the lede is gone
    expect(c.text).toContain('the talks.” It is now upon each of us');
  });

  it.each(['seed-000', 'seed-002'])('%s: every gold evidence sentence survives cleaning', (id) => {
    const g = gold(id);
    const file = id === 'seed-000' ? '000_ef0816a468b61797.txt' : '002_eadd4f7e77c9299d.txt';
    const text = norm(cleanText(seed(file)).text);
    const evidence = [...g.relations.map((r: { evidence: string }) => r.evidence), ...g.dates.map((d: { evidence: string }) => d.evidence)];
    for (const e of evidence) expect(text, e).toContain(norm(e));
  });

  it('keeps every paragraph of the seed article body', () => {
    const raw = seed('000_ef0816a468b61797.txt').split(/\n\s*\n/).map((p) => p.trim());
    const body = raw.slice(raw.indexOf('By Daniel Schearf January 22, 2017') + 1, raw.indexOf('Olga Pavlova contributed to this report.'));
    const text = cleanText(raw.join('\n\n')).text;
    expect(body.length).toBeGreaterThan(15);
    for (const p of body) expect(text).toContain(p);
  });
});

describe('02 clean: other conflicts and edge cases', () => {
  it('Yemen wire story: menu, paywall line, Reuters dateline, credits and footer go; mojibake fixed', () => {
    const c = cleanText(fs.readFileSync(path.join(__dirname, 'fixtures/yemen-raw.txt'), 'utf8'));
    expect(c.title).toBe('Saudi-led coalition says it intercepted Houthi missile over Jizan');
    expect(c.text).not.toMatch(/Home \||Subscribe|Reuters|Reporting by|Related|newsletter|©|ADEN/);
    expect(c.text).toContain('It’s the third such attack');
    expect(c.text).toContain('Al Masirah TV. The coalition did not comment.');
    expect(c.text).toContain('The Saudi-led coalition fighting in Yemen said on Sunday');
    expect(c.warnings.join()).toMatch(/no year/);
    expect(c.publishedAt).toBeNull();
  });

  it.each([
    ['plain article without furniture is untouched', 'The Houthis attacked Marib on Sunday, officials said, in the heaviest fighting this year.\n\nThe coalition responded with air strikes.', 'The Houthis attacked Marib on Sunday, officials said, in the heaviest fighting this year.\n\nThe coalition responded with air strikes.'],
    ['a sentence starting with "By" is not a byline', 'By Tuesday, Russian forces had reached the outskirts of Kyiv, officials in the city said.\n\nTalks continued.', 'By Tuesday, Russian forces had reached the outskirts of Kyiv, officials in the city said.\n\nTalks continued.'],
    ['a short last sentence stays', 'Taliban fighters entered Kabul on Sunday as the government of Ashraf Ghani collapsed, witnesses said.\n\nGhani fled.', 'Taliban fighters entered Kabul on Sunday as the government of Ashraf Ghani collapsed, witnesses said.\n\nGhani fled.'],
    ['a short first paragraph ending with a period is kept', 'Ghani fled.\n\nTaliban fighters entered Kabul on Sunday as the government collapsed, witnesses said.', 'Ghani fled.\n\nTaliban fighters entered Kabul on Sunday as the government collapsed, witnesses said.'],
    ['ad slots, captions and read-more links inside the article go', 'The RSF shelled Omdurman on Friday, residents said, as fighting spread across the capital.\n\nAdvertisement\n\nImage caption, Smoke rises over Khartoum\n\nRead more: Sudan crisis explained\n\nThe army said it repelled the attack and killed dozens of fighters.', 'The RSF shelled Omdurman on Friday, residents said, as fighting spread across the capital.\n\nThe army said it repelled the attack and killed dozens of fighters.'],
    ['a sentence that merely starts like furniture stays', 'The RSF shelled Omdurman on Friday, residents said, as fighting spread across the capital.\n\nWatch officials said the ceasefire would hold, but it collapsed within hours of being signed.', 'The RSF shelled Omdurman on Friday, residents said, as fighting spread across the capital.\n\nWatch officials said the ceasefire would hold, but it collapsed within hours of being signed.'],
    ['a last sentence that starts with "Sources" or mentions a podcast stays', 'The Houthis attacked Marib on Sunday, officials said, in the heaviest fighting this year.\n\nSources close to the talks said Oman had offered to host a new round in Muscat.\n\nThe envoy told the BBC podcast Global News that both sides had agreed to a prisoner swap.', 'The Houthis attacked Marib on Sunday, officials said, in the heaviest fighting this year.\n\nSources close to the talks said Oman had offered to host a new round in Muscat.\n\nThe envoy told the BBC podcast Global News that both sides had agreed to a prisoner swap.'],
    ['story links under a "Related" marker go, a subheading before the last paragraph stays', 'Russian forces shelled Kharkiv on Monday, Ukraine’s army said, as talks stalled in Belarus.\n\nTalks stall\n\nNegotiators will meet again next week in Belarus, officials said.\n\nRelated coverage\n\nUkraine says Russian strikes hit Kyiv suburbs overnight\n\nZelensky calls on NATO to close the skies over Ukraine\n\nMost read', 'Russian forces shelled Kharkiv on Monday, Ukraine’s army said, as talks stalled in Belarus.\n\nTalks stall\n\nNegotiators will meet again next week in Belarus, officials said.'],
    ['empty', '', ''],
    ['only furniture-like scraps', 'Home\n\nMenu', 'Home\n\nMenu'],
  ])('%s', (_n, raw, out) => expect(cleanText(raw).text).toBe(out));

  it('drops a long menu above the byline', () => {
    const menu = ['Home', 'World', 'Africa', 'Americas', 'Asia', 'Europe', 'Middle East', 'Business', 'Markets', 'Tech', 'Sport', 'Culture', 'Opinion', 'Video', 'Podcasts', 'Weather', 'Live', 'More'];
    const c = cleanText([...menu, 'Sudan army and RSF agree to truce', 'By Amina Idris', 'The Sudanese army and the Rapid Support Forces agreed on Saturday to a seven-day ceasefire brokered by Saudi Arabia and the United States.'].join('\n\n'));
    expect(c.text).toBe('Sudan army and RSF agree to truce\n\nThe Sudanese army and the Rapid Support Forces agreed on Saturday to a seven-day ceasefire brokered by Saudi Arabia and the United States.');
    expect(c.author).toBe('Amina Idris');
  });

  it('reads "Posted by … on <date>" bylines', () => {
    const c = cleanText('Posted by Ahmed Saleh on March 3, 2019\n\nThe Houthis attacked a Saudi airport on Saturday, the coalition said in a statement.');
    expect(c.author).toBe('Ahmed Saleh');
    expect(c.publishedAt).toBe('2019-03-03');
    expect(c.text).toBe('The Houthis attacked a Saudi airport on Saturday, the coalition said in a statement.');
  });

  it('finds the date in a date line above the article', () => {
    const c = cleanText('Sudan army and RSF agree to truce\n\nPublished 21 May 2023\n\nSudan’s army and the paramilitary Rapid Support Forces agreed to a week-long ceasefire, Saudi Arabia and the United States said.');
    expect(c.publishedAt).toBe('2023-05-21');
    expect(c.text).not.toContain('Published');
  });
});

describe('02 clean: properties', () => {
  it('never throws; output has no U+FFFD, control or zero-width characters, and no blank-line runs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme-ascii', maxLength: 200 }), (a, b) => {
        const c = cleanText(`${a}\n\n${b}\uFFFD${a}`);
        // eslint-disable-next-line no-control-regex -- asserting their absence is the point
        expect(c.text).not.toMatch(/[\uFFFD\u0000-\u0008\u000b-\u001f\u007f\u200b\ufeff]/);
        expect(c.text).not.toMatch(/\n{3,}/);
        expect(c.text).toBe(c.text.trim());
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('02 clean — wire credit lines', () => {
  it.each([
    'By Khalid Abdelaziz; Editing by Peter Graff',
    'Reporting by Aziz El Yaakoubi; Writing by Ghaida Ghantous; Editing by Janet Lawrence',
    'By Jane Doe; additional reporting by Ali Omar in Cairo',
  ])('drops "%s" at the end of a story', (credit) => {
    const raw = `Fighting resumed near the port on Monday, residents said.\n\nThe ceasefire had held for a week before the shelling began.\n\n${credit}`;
    const out = cleanText(raw);
    expect(out.text).not.toContain('Editing by');
    expect(out.text).not.toMatch(/additional reporting/i);
    expect(out.text).toContain('The ceasefire had held');
  });
});
