/**
 * Step 06 — mention detection: every span of a sentence that names an actor or an event,
 * found by lexicon lookups on tokens. The passes run in this order, each skipping tokens
 * an earlier pass covered:
 *   06a known names (entities, countries, seats of power, organisation names)
 *   06b country + agent noun ("Syrian government")
 *   06c events ("peace talks")
 *   06d title + name ("Foreign Minister X"), quoted experts
 *   06e name + title in apposition, "led by X"
 *   06f named units ("Danab special forces", "militias known as Macawisley")
 *   06g personal names without a title ("signed by Gerardo Blyde")
 *   06h bare agent nouns and pronouns
 * Ids are assigned later (07 coreference, 08 events); here a mention only says what it is.
 */
import { lexicon, tokKey } from './05-lexicon';
import { knownNames } from './06a-known-names';
import { countryAgents } from './06b-country-agents';
import { eventMentions } from './06c-events';
import { quotedExperts, titledNames } from './06d-titles';
import { appositiveTitles, passiveLeaders } from './06e-appositions';
import { namedUnits } from './06f-named-units';
import { bareNames } from './06g-bare-names';
import { bareAgentsAndPronouns, finishSentence } from './06h-bare-agents';
import { newScan, type DocMentions, type SentenceView, type TitleLink, type Venue } from './06-scan';
import type { PreparedDocument } from './types';

export { nameAt } from './06-scan';
export type { DocMentions, Mention, Ref, SentenceView, TitleLink, Tok, Venue } from './06-scan';

const UPPER = /^\p{Lu}/u;

/** Builds the per-sentence token views from the text layer's tokens. */
export function sentenceViews(doc: PreparedDocument): SentenceView[] {
  const views: SentenceView[] = doc.sentences.map((s, index) => ({ index, id: s.id, start: s.start, end: s.end, toks: [], keys: [], mentions: [] }));
  for (const t of doc.tokens) {
    const v = views[t.sentence];
    if (!v || t.start < v.start || t.end > v.end) continue;
    const key = tokKey(t.text);
    v.toks.push({ text: t.text, key, start: t.start, end: t.end, pos: t.pos, upper: UPPER.test(t.text) });
    v.keys.push(key);
  }
  return views;
}

/** Detects all mentions of one document. */
export function detectMentions(doc: PreparedDocument): DocMentions {
  const lex = lexicon();
  const sentences = sentenceViews(doc);
  const links: TitleLink[] = [];
  const venues: Venue[] = [];
  for (const v of sentences) {
    const sc = newScan(v, lex, links, venues);
    knownNames(sc);
    countryAgents(sc);
    eventMentions(sc);
    titledNames(sc);
    quotedExperts(sc);
    appositiveTitles(sc);
    passiveLeaders(sc);
    namedUnits(sc);
    bareNames(sc);
    bareAgentsAndPronouns(sc);
    v.mentions = finishSentence(sc);
  }
  return { sentences, links, venues };
}
