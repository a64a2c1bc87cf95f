#!/usr/bin/env node
/**
 * Derives the slim country gazetteer the extractor ships (src/extract/data/countries.json)
 * from the maintained `world-countries` dataset plus hand-curated English usage
 * (src/extract/data/country-extra.json). Run: node scripts/gen-countries.mjs
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const extra = JSON.parse(fs.readFileSync(new URL('../src/extract/data/country-extra.json', import.meta.url), 'utf8'));
const latin = (s) => /^[A-Za-z][A-Za-z .'’-]*$/.test(s);
const slug = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const out = [];
for (const c of countries) {
  const x = extra[c.cca2] ?? {};
  const name = x.name ?? c.name.common;
  // two-letter codes ("SY") are ambiguous in prose; keep longer Latin spellings only
  const aliases = new Set([c.name.common, ...c.altSpellings.filter((a) => latin(a) && a.length > 3 && !a.includes(',')), ...(x.aliases ?? [])]);
  if (c.name.official.length < 40 && latin(c.name.official)) aliases.add(c.name.official);
  aliases.delete(name);
  const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, x.demonym, ...(x.demonyms ?? [])].filter(Boolean));
  const capitals = new Set([...(c.capital ?? []).filter(latin), ...(x.capitals ?? [])]);
  out.push({
    // sovereign states first, then by area: who keeps a form that several entries share
    rank: (c.unMember ? 2 : 0) + (c.independent ? 1 : 0) + Math.min(0.99, (c.area ?? 0) / 2e7),
    id: slug(name),
    name,
    aliases: [...aliases].sort(),
    // the preferred demonym (hand-curated) names the country's agents: "Tajik armed forces", not "Tadzhik …"
    demonyms: [...(x.demonym ? [x.demonym] : []), ...[...demonyms].filter((d) => d !== x.demonym).sort()],
    capitals: [...capitals].sort(),
    metonyms: x.metonyms ?? [],
  });
}
// "French", "American", "Indian", "Dutch": a form several entries share names the sovereign
// state ("French" is France, not the French Southern and Antarctic Lands); the others lose it.
const owner = new Map();
for (const c of out)
  for (const f of [c.name, ...c.aliases, ...c.demonyms, ...c.capitals]) {
    const o = owner.get(f);
    if (!o || o.rank < c.rank) owner.set(f, c);
  }
for (const c of out) {
  for (const key of ['aliases', 'demonyms', 'capitals']) c[key] = c[key].filter((f) => owner.get(f) === c);
  delete c.rank;
}
out.sort((a, b) => a.id.localeCompare(b.id));
fs.writeFileSync(new URL('../src/extract/data/countries.json', import.meta.url), JSON.stringify(out) + '\n');
console.log(`wrote ${out.length} countries`);
