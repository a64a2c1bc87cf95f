/**
 * Readable verb phrases for relation types: "talks-with" → "talks with", and negated
 * relations read "did not attend" rather than "did not attends".
 */

/** The verb phrase of a relation type, negated when the text denies it. */
export function relationPhrase(type: string, negated: boolean): string {
  const words = type.replace(/[-_]+/g, ' ').trim().split(/\s+/);
  if (!negated) return words.join(' ');
  const [first, ...rest] = words;
  // Third-person -s → base form, for the regular verbs relation types use.
  const base = /ies$/.test(first) ? first.replace(/ies$/, 'y') : /(ches|shes|sses|xes)$/.test(first) ? first.slice(0, -2) : /[^s]s$/.test(first) ? first.slice(0, -1) : first;
  return ['did not', base, ...rest].join(' ');
}
