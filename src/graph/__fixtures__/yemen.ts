/**
 * A small hand-made ActorGraph about the 2018 Stockholm talks on Yemen, for unit tests.
 * Texts are written for the tests; offsets are computed from the sentences so they
 * always satisfy the contract (sentence slices, mentions inside sentences).
 */
import { SCHEMA_ID, type Actor, type ActorGraph, type Evidence, type EvidenceDate, type GraphDocument, type Relation } from '../../extract/schema';

interface DocSpec {
  id: string;
  title: string | null;
  source: string;
  publishedAt: string | null;
  duplicateOf?: string;
  paragraphs: string[][];
}

function makeDoc(spec: DocSpec): GraphDocument {
  let text = '';
  const sentences: GraphDocument['sentences'] = [];
  spec.paragraphs.forEach((para, p) => {
    if (p) text += '\n\n';
    para.forEach((s, i) => {
      if (i) text += ' ';
      sentences.push({ id: `${spec.id}#s${sentences.length}`, start: text.length, end: text.length + s.length, dates: [] });
      text += s;
    });
  });
  return {
    id: spec.id,
    title: spec.title,
    source: spec.source,
    url: null,
    author: null,
    publishedAt: spec.publishedAt,
    text,
    sentences,
    ...(spec.duplicateOf ? { duplicateOf: spec.duplicateOf } : {}),
  };
}

const LEDE = 'Saudi Arabia backs the Yemeni government in its war against the Houthis.';

const docs = [
  makeDoc({
    id: 'wire-1',
    title: 'Yemen talks open in Stockholm',
    source: 'Example Wire',
    publishedAt: '2018-12-06',
    paragraphs: [
      [LEDE, 'Iran supports the Houthis, officials said.'],
      ['The United Nations mediated the Stockholm talks in December.', 'The Houthis attended the Stockholm talks on Thursday.'],
      ['Al-Qaeda was kept out of the Stockholm talks.'],
    ],
  }),
  makeDoc({
    id: 'copy-2',
    title: 'Yemen talks open in Stockholm',
    source: 'Daily Reprint',
    publishedAt: '2018-12-07',
    duplicateOf: 'wire-1',
    paragraphs: [[LEDE]],
  }),
  makeDoc({
    id: 'paper-3',
    title: null,
    source: 'Gulf Ledger',
    publishedAt: null,
    paragraphs: [
      ['Sweden hosted the Stockholm talks.', 'The Hadi government met Saudi Arabia in Riyadh on 8 December 2018.'],
      ['Saudi Arabia backs the Yemeni government, diplomats said.', 'Iran did not attend the Stockholm talks.'],
    ],
  }),
];

function actor(id: string, name: string, kind: Actor['kind'], roles: Actor['roles'], aliases: string[], affiliation: string | null = null): Actor {
  const mentions: Actor['mentions'] = [];
  for (const d of docs)
    for (const s of d.sentences) {
      const sentence = d.text.slice(s.start, s.end);
      for (const alias of aliases) {
        let at = sentence.indexOf(alias);
        while (at >= 0) {
          mentions.push({ doc: d.id, sentence: s.id, start: s.start + at, end: s.start + at + alias.length });
          at = sentence.indexOf(alias, at + alias.length);
        }
      }
    }
  return { id, name, kind, aliases, affiliation, roles, mentions };
}

function ev(docId: string, sentence: number, trigger: string, date: EvidenceDate | null = null): Evidence {
  const d = docs.find((x) => x.id === docId)!;
  const s = d.sentences[sentence];
  const at = d.text.indexOf(trigger, s.start);
  return { doc: docId, sentence: s.id, start: s.start, end: s.end, trigger: { start: at, end: at + trigger.length }, date };
}

const december: EvidenceDate = { start: '2018-12', end: '2018-12', text: 'in December', precision: 'month' };

function rel(id: string, source: string, target: string, type: string, family: Relation['family'], evidence: Evidence[], negated = false): Relation {
  return { id, source, target, type, family, negated, evidence };
}

/** The fixture graph: 8 actors, 9 relations, one republished copy, one undated document. */
export const yemenGraph: ActorGraph = {
  schema: SCHEMA_ID,
  corpus: { id: 'fixture-yemen', title: 'Stockholm talks on Yemen, December 2018' },
  documents: docs,
  actors: [
    actor('saudi-arabia', 'Saudi Arabia', 'state', ['sponsor'], ['Saudi Arabia']),
    actor('yemeni-government', 'Yemeni government', 'government', ['party'], ['Yemeni government', 'Hadi government']),
    actor('houthis', 'Houthis', 'armed_group', ['party'], ['Houthis', 'Ansar Allah']),
    actor('iran', 'Iran', 'state', [], ['Iran']),
    actor('united-nations', 'United Nations', 'igo', ['mediator'], ['United Nations', 'UN']),
    actor('stockholm-talks', 'Stockholm talks', 'event', [], ['Stockholm talks']),
    actor('al-qaeda', 'Al-Qaeda', 'armed_group', ['excluded'], ['Al-Qaeda']),
    actor('sweden', 'Sweden', 'state', ['host'], ['Sweden']),
  ],
  relations: [
    rel('r-backs', 'saudi-arabia', 'yemeni-government', 'backs', 'support', [ev('wire-1', 0, 'backs', december), ev('copy-2', 0, 'backs'), ev('paper-3', 2, 'backs')]),
    rel('r-war', 'saudi-arabia', 'houthis', 'fights', 'conflict', [ev('wire-1', 0, 'war against')]),
    rel('r-iran', 'iran', 'houthis', 'backs', 'support', [ev('wire-1', 1, 'supports')]),
    rel('r-un', 'united-nations', 'stockholm-talks', 'mediates', 'mediate', [ev('wire-1', 2, 'mediated', december)]),
    rel('r-attend', 'houthis', 'stockholm-talks', 'attends', 'participate', [
      ev('wire-1', 3, 'attended', { start: '2018-12-06', end: '2018-12-06', text: 'on Thursday', precision: 'day' }),
    ]),
    rel('r-excl', 'stockholm-talks', 'al-qaeda', 'excludes', 'exclude', [ev('wire-1', 4, 'kept out')]),
    rel('r-host', 'sweden', 'stockholm-talks', 'hosts', 'mediate', [ev('paper-3', 0, 'hosted')]),
    rel('r-meet', 'yemeni-government', 'saudi-arabia', 'meets', 'negotiate', [
      ev('paper-3', 1, 'met', { start: '2018-12-08', end: '2018-12-08', text: 'on 8 December 2018', precision: 'day' }),
    ]),
    rel('r-iran-no', 'iran', 'stockholm-talks', 'attends', 'participate', [ev('paper-3', 3, 'attend')], true),
  ],
};
