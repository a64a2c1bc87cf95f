import { describe, expect, it } from 'vitest';
import { mentionList, run } from './fixtures/harness';

describe('07 coreference', () => {
  it('links surnames to the full name seen in the document', () => {
    const a = run('President Bashar al-Assad spoke. Rebels want Assad gone. Later al-Assad left.');
    expect(mentionList(a).filter((m) => m.endsWith('bashar-al-assad'))).toEqual([
      'Bashar al-Assad→bashar-al-assad',
      'Assad→bashar-al-assad',
      'al-Assad→bashar-al-assad',
    ]);
  });

  it('resolves he/him to the last person', () => {
    const a = run('Foreign Minister Ahmed Saleh spoke as he opened the meeting.');
    const he = a.dm.sentences[0].mentions.find((m) => m.ref.t === 'pronoun');
    expect(he?.actor).toBe('ahmed-saleh');
  });

  it.each([
    // a country spoken of through its government is that government; its allies stay states
    ['The Syrian government met rebels. Syria and Russia attacked.', 'Syria', 'syrian-government'],
    ['Russia and Iran met. Syria attacked.', 'Syria', 'syria'],
    ['The Yemeni government agreed. The government said yes.', 'government', 'yemeni-government'],
    ['The Libyan government agreed. The rebels refused.', 'rebels', 'libyan-opposition'],
  ])('%s: %s → %s', (text, surface, id) => {
    expect(mentionList(run(text))).toContain(`${surface}→${id}`);
  });

  it('types an organisation in apposition to rebels as opposition', () => {
    const a = run(
      'The Syrian government agreed. The main rebel umbrella group, the High Negotiations Committee, was not invited.',
    );
    const hnc = a.res.actors.get('high-negotiations-committee');
    expect(hnc).toMatchObject({ kind: 'opposition', affiliation: 'syrian-opposition' });
  });

  it('ties persons to the holder of their title', () => {
    const a = run("Sweden's Foreign Minister Margot Wallstrom spoke. U.N. envoy Martin Griffiths listened.");
    expect(a.res.actors.get('margot-wallstrom')?.affiliation).toBe('sweden');
    expect(a.res.actors.get('martin-griffiths')?.affiliation).toBe('united-nations');
  });
});
