import { describe, expect, it } from 'vitest';
import { mentionList, run } from './fixtures/harness';

const events = (text: string, date?: string) => {
  const a = run(text, date);
  return [...a.res.actors.values()]
    .filter((x) => x.kind === 'event')
    .map((x) => x.id)
    .sort();
};

describe('08 events', () => {
  it.each([
    ['Delegates arrived in Stockholm for peace talks. The talks began.', ['stockholm-talks']],
    ['The Berlin conference opened. Leaders at the conference agreed.', ['berlin-conference']],
    ['JEDDAH — The talks began. The negotiations continued in Jeddah on Monday.', ['jeddah-talks']],
    [
      'The talks in Istanbul ended. They hope for peace talks in Geneva next month.',
      ['geneva-talks', 'istanbul-talks'],
    ],
    ['A cease-fire mediated by Turkey in December has held. The truce is fragile.', ['december-ceasefire']],
  ])('%s', (text, ids) => {
    expect(events(text, '2017-01-22')).toEqual(ids);
  });

  it('makes the main venue after in/to a mention of the event', () => {
    const a = run('Peace talks opened in Astana. The HNC was not invited to Astana.');
    expect(mentionList(a)).toContain('Astana→astana-talks');
  });

  it('keeps generic forms as aliases of the main event', () => {
    const a = run(
      'Talks opened in Doha on Monday. The peace process and the negotiations stalled, as did the meeting.',
    );
    expect(
      mentionList(a)
        .filter((m) => m.endsWith('→doha-talks'))
        .map((m) => m.split('→')[0]),
    ).toEqual(['Talks', 'Doha', 'peace process', 'negotiations', 'meeting']);
  });
});
