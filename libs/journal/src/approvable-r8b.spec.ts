import { describe, expect, it } from 'vitest';
import { answerWithQuestion } from './fragments.js';
import { asStatement, titledSections } from './render.js';
import { draft, noteText } from './testing/drafts.js';

/**
 * Issue 14, eighth round, part b: a note a caseworker would write, not a transcript. Each mechanism is shown on
 * calls of our own words (not on a call of a tuning set), with the opposite case.
 */
describe("the turn's own joints at a line's start", () => {
  it('takes out a confirmation, a framing and a connective before the subject', () => {
    expect(
      asStatement(
        'Det stämmer, det var kundens syster som skickade blanketten.',
        'sv',
      ),
    ).toBe('Det var kundens syster som skickade blanketten.');
    expect(asStatement('Då är det så att för kunden gäller 66 år.', 'sv')).toBe(
      'För kunden gäller 66 år.',
    );
    expect(asStatement('Så kunden får vänta till mars.', 'sv')).toBe(
      'Kunden får vänta till mars.',
    );
    expect(asStatement('Or the caller can apply on paper.', 'en')).toBe(
      'The caller can apply on paper.',
    );
    expect(asStatement("That's right, the caller moved in May.", 'en')).toBe(
      'The caller moved in May.',
    );
  });

  it('keeps a fronted "då" before its verb (Swedish puts the verb second) and "no" as a determiner', () => {
    expect(asStatement('Då har handläggaren tid.', 'sv')).toBe(
      'Då har handläggaren tid.',
    );
    expect(asStatement('No payment was made in May.', 'en')).toBe(
      'No payment was made in May.',
    );
  });
});

describe('what the agent looked at, the negation, the exclamation, the tag and the spoken word', () => {
  it('writes the source as the fact ("Enligt prognosen …")', () => {
    expect(
      asStatement(
        'Om handläggaren tittar på prognosen här så blir det 14 000 kronor.',
        'sv',
      ),
    ).toBe('Enligt prognosen blir det 14 000 kronor.');
    expect(
      asStatement(
        'If the agent looks at the forecast, it is 14,000 kronor.',
        'en',
      ),
    ).toBe('According to the forecast, it is 14,000 kronor.');
    // A condition about the caller stays a condition.
    expect(
      asStatement('Om kunden tittar på Mina sidor så ser hen beloppet.', 'sv'),
    ).toBe('Om kunden tittar på Mina sidor så ser hen beloppet.');
  });

  it('puts "inte" before the verb of a subordinate clause only', () => {
    expect(
      asStatement('Kunden säger att hen vet inte vad hen ska göra.', 'sv'),
    ).toBe('Kunden säger att hen inte vet vad hen ska göra.');
    expect(asStatement('Kunden vet inte vad hen ska göra.', 'sv')).toBe(
      'Kunden vet inte vad hen ska göra.',
    );
  });

  it('writes an exclamation as a statement, a spoken word as the written one, and drops a tag question', () => {
    expect(asStatement('The caller sent it in March!', 'en')).toBe(
      'The caller sent it in March.',
    );
    expect(asStatement('Det funkar bra för kunden nu.', 'sv')).toBe(
      'Det fungerar bra för kunden nu.',
    );
    expect(
      asStatement('The caller will pay the rent late, shall the caller?', 'en'),
    ).toBe('The caller will pay the rent late');
    expect(asStatement('The caller will pay the rent late.', 'en')).toBe(
      'The caller will pay the rent late.',
    );
  });

  it('says the role once where it stood twice', () => {
    expect(asStatement('Handläggaren kan handläggaren inte lova.', 'sv')).toBe(
      'Handläggaren kan inte lova.',
    );
    expect(asStatement('Handläggaren ringer kunden i morgon.', 'sv')).toBe(
      'Handläggaren ringer kunden i morgon.',
    );
  });
});

describe('a question of when or how much and its answer, written as one statement', () => {
  it('fills the question word with the time or the amount', () => {
    expect(
      answerWithQuestion('när kunden flyttade', '3 maj', 'caller', 'sv'),
    ).toBe('Kunden flyttade den 3 maj.');
    expect(
      answerWithQuestion('when the caller moved', 'March', 'caller', 'en'),
    ).toBe('The caller moved in March.');
    expect(
      answerWithQuestion('hur mycket hyran är', '7 200 kronor', 'caller', 'sv'),
    ).toBe('Hyran är 7 200 kronor.');
  });

  it('keeps the question and its answer when the answer is no time or amount, or the question is another', () => {
    expect(
      answerWithQuestion(
        'när kunden flyttade',
        'det minns hen inte',
        'caller',
        'sv',
      ),
    ).toBe('På frågan när kunden flyttade svarade kunden: det minns hen inte.');
    expect(
      answerWithQuestion(
        'whether the caller signed',
        'on Tuesday',
        'caller',
        'en',
      ),
    ).toBe('Asked whether the caller signed, the caller said: on Tuesday.');
    expect(
      answerWithQuestion(
        'hur mycket kunden betalar i hyra',
        '7 200 kronor',
        'caller',
        'sv',
      ),
    ).toBe(
      'På frågan hur mycket kunden betalar i hyra svarade kunden: 7 200 kronor.',
    );
  });
});

describe('lines that carry no fact', () => {
  it('leaves out a pleasantry and an invitation to call again, not a fact said with them', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, du talar med Eva.',
      'caller: Hej, jag undrar när mitt bostadstillägg betalas ut.',
      'agent: Det betalas ut den 18 december. Du är välkommen att ringa igen om du har frågor.',
      'caller: Tack.',
      'agent: Lycka till med flytten.',
    ]);
    expect(noteText(sv)).not.toMatch(/välkommen att ringa|Lycka till/u);
    expect(noteText(sv)).toContain('18 december');
  });

  it('writes a bare value said twice once, and keeps a value said once', () => {
    const line = (text: string, i: number) => ({ text, segmentIndexes: [i] });
    const sections = titledSections('en', {
      reason: [line('The caller asks about housing supplement.', 0)],
      callerSaid: [line('7 300.', 1)],
      agentActions: [
        line('7 300.', 2),
        line('The agent has registered the rent.', 2),
      ],
      followUp: [],
    });
    const all = sections.flatMap((s) => s.sentences.map((x) => x.text));
    expect(all.filter((t) => t === '7 300.')).toHaveLength(1);
    expect(all).toContain('The agent has registered the rent.');
  });
});
