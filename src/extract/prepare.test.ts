import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay, prepareDocument } from './prepare';
import type { PreparedDocument } from './types';

/** The offset invariants of contracts.md for one prepared document. */
function checkInvariants(d: PreparedDocument): void {
  let prevEnd = 0;
  d.sentences.forEach((s, i) => {
    expect(s.id).toBe(`${d.id}#s${i}`);
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(d.text.length);
    prevEnd = s.end;
    for (const dt of s.dates) {
      expect(dt.start).toBeGreaterThanOrEqual(s.start);
      expect(dt.end).toBeLessThanOrEqual(s.end);
      expect(d.text.slice(dt.start, dt.end)).toBe(dt.text);
    }
  });
  let prevTok = 0;
  for (const t of d.tokens) {
    const s = d.sentences[t.sentence];
    expect(s).toBeDefined();
    expect(t.start).toBeGreaterThanOrEqual(Math.max(s.start, prevTok));
    expect(t.end).toBeLessThanOrEqual(s.end);
    expect(d.text.slice(t.start, t.end)).toBe(t.text);
    prevTok = t.end;
  }
}

const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom('U.N.', 'U.S.', 'Sunday', 'in December', 'March 2011', '“', '”', '.', '\n\n', '\n', '�', 'â€™', 'Kyiv', 'Houthis', 'said', ' ', '...', '?!', 'Mr.', '2014', '\u0000', '\u202e', '👍', 'é'),
      fc.string({ unit: 'binary', maxLength: 12 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

describe('prepareDocument', () => {
  it('cleans, splits and dates a short Ukraine report', () => {
    const d = prepareDocument(
      { id: 'ua', publishedAt: '2022-03-01T10:00:00Z', text: 'KYIV — Russian forces shelled Kharkiv on Monday, Ukraine’s army said.\n\nTalks with Moscow resumed in Belarus last week.' },
      0,
    );
    expect(d.publishedAt).toBe('2022-03-01');
    expect(d.publishedAtFrom).toBe('input');
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual([
      'Russian forces shelled Kharkiv on Monday, Ukraine’s army said.',
      'Talks with Moscow resumed in Belarus last week.',
    ]);
    expect(d.sentences[0].dates.map((x) => x.value)).toEqual(['2022-02-28']);
    expect(d.sentences[1].dates.map((x) => x.value)).toEqual(['2022-02-22']);
    checkInvariants(d);
  });

  it('defaults the id from the index and warns when no date is known', () => {
    const d = prepareDocument({ text: 'The Houthis attacked on Friday.' }, 4);
    expect(d.id).toBe('doc-5');
    expect(d.publishedAt).toBeNull();
    expect(d.warnings.join(' ')).toMatch(/no publication date/);
    expect(d.sentences[0].dates[0].value).toBeUndefined();
  });

  it.each([
    ['2017-01-22', '2017-01-22'],
    ['2017-01-22T23:59:00-05:00', '2017-01-22'],
    ['2017-02-30', null],
    ['yesterday', null],
    [null, null],
  ])('isoDay(%s) = %s', (input, expected) => {
    expect(isoDay(input)).toBe(expected);
  });

  it.each([
    ['French', "Les forces russes ont bombardé la ville de Kharkiv lundi, selon l'armée ukrainienne. Les négociations entre les deux pays doivent reprendre en Biélorussie la semaine prochaine, a déclaré le porte-parole du gouvernement.", true],
    ['Arabic', 'قال المتحدث باسم التحالف إن الحوثيين أطلقوا صاروخا باليستيا على مدينة جازان السعودية يوم الأحد، وإن الدفاعات الجوية اعترضته قبل أن يصل إلى هدفه في المدينة الواقعة جنوب المملكة العربية السعودية قرب الحدود اليمنية.', true],
    ['English', 'Russian forces shelled the city of Kharkiv on Monday, according to the Ukrainian army. Talks between the two countries are due to resume in Belarus next week, a government spokesman said on Tuesday.', false],
  ])('warns when the text is not English: %s', (_n, text, warned) => {
    const d = prepareDocument({ id: 'l', text, publishedAt: '2022-03-01' }, 0);
    expect(d.warnings.some((w) => /not look like English/.test(w))).toBe(warned);
  });

  it('property: never throws and keeps every offset inside the text and its sentence', () => {
    fc.assert(
      fc.property(newsish, fc.option(fc.constantFrom('2017-01-22', '2022-02-30', 'x'), { nil: undefined }), (text, publishedAt) => {
        checkInvariants(prepareDocument({ id: 'p', text, publishedAt }, 0));
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('property: arbitrary unicode never breaks the invariants', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        checkInvariants(prepareDocument({ id: 'u', text }, 0));
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('property: HTML input (random tags, attributes, entities) keeps the invariants too', () => {
    const htmlish = fc
      .array(
        fc.oneof(
          fc.constantFrom('<p>', '</p>', '<div onclick="x()">', '</div>', '<script>alert(1)</script>', '<h1>', '</h1>', '<br>', '&amp;', '&#xFFFD;', '<!--', '-->', '<nav>Home</nav>', '<time datetime="2019-03-04">'),
          newsish,
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(htmlish, (html) => {
        checkInvariants(prepareDocument({ id: 'h', html }, 0));
      }),
      { numRuns: 100, seed: 5 },
    );
  });
});
