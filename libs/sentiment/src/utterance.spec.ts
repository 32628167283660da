import { describe, expect, it } from 'vitest';
import { scoreUtterance } from './utterance.js';

const sv = (text: string) => scoreUtterance(text, 'sv');
const en = (text: string) => scoreUtterance(text, 'en');

describe('scoreUtterance', () => {
  it('labels plain Swedish sentiment words', () => {
    expect(sv('Jag är faktiskt väldigt upprörd.').label).toBe('negative');
    expect(sv('Tack så mycket, nu känns det mycket bättre.').label).toBe('positive');
    expect(sv('Jag flyttade i februari.')).toMatchObject({
      label: 'neutral',
      score: 0,
    });
  });

  it('flips a word after a Swedish negator (inte, ej, aldrig, ingen)', () => {
    expect(sv('Jag är nöjd.').label).toBe('positive');
    expect(sv('Jag är inte nöjd.').label).toBe('negative');
    expect(sv('Det var ej bra.').label).toBe('negative');
    expect(sv('Det är inga problem.').label).toBe('positive');
    expect(sv('Jag har aldrig varit så glad.').score).toBeLessThan(0);
  });

  it('keeps negation inside its clause', () => {
    expect(sv('Nej, inte jag. Det var bra.').label).toBe('positive');
  });

  it('strengthens after intensifiers and weakens after dampeners', () => {
    const plain = sv('Jag är upprörd.').score;
    expect(sv('Jag är väldigt upprörd.').score).toBeLessThan(plain);
    expect(sv('Jag är lite upprörd.').score).toBeGreaterThan(plain);
    expect(sv('Det var jättebra.').score).toBeGreaterThan(sv('Det var bra.').score);
  });

  it('does not strengthen a negated word: "inte så bra" is mildly negative', () => {
    const score = sv('Det är inte så bra.').score;
    expect(score).toBeLessThan(0);
    expect(score).toBeGreaterThan(sv('Det är väldigt dåligt.').score);
  });

  it('weighs what follows "men" over what precedes it', () => {
    expect(sv('Det var jobbigt men nu känns det bra.').label).toBe('positive');
    expect(sv('Det kändes bra först men nu är jag besviken.').label).toBe('negative');
  });

  it('finds inflected forms through their base form', () => {
    expect(sv('Vi är besvikna.').words).toEqual(['besviken']);
    expect(sv('Ni har varit hjälpsamma.').label).toBe('positive');
  });

  it('keeps words that are neutral in calls neutral (Samtal corrections)', () => {
    expect(sv('Det stämmer, jag fyller sextiofem som sagt.').label).toBe('neutral');
    expect(sv('Ja, det är [PERSONNUMMER].').score).toBe(0); // an answer, not approval
    expect(en('Yes, it is.').score).toBe(0);
  });

  it('scores English with its own negators and degree words', () => {
    expect(en('I am happy with that.').label).toBe('positive');
    expect(en("I'm not happy with this at all.").label).toBe('negative');
    expect(en('Your website does not work.').label).toBe('negative'); // an AFINN phrase
    expect(en("Your website doesn't work.").label).toBe('negative'); // a Samtal addition
    expect(en('That is really great.').score).toBeGreaterThan(en('That is great.').score);
  });

  it('keeps scores within -1..1', () => {
    const strong = sv('Fruktansvärt, katastrof, skandal, vidrigt, hemskt, uselt, förfärligt!');
    expect(strong.score).toBeGreaterThanOrEqual(-1);
    expect(strong.score).toBeLessThan(-0.9);
  });

  // Issue 14, error kind 7: an angry repayment call scored positive, a satisfied caller's hedge negative.
  it('does not read a negated negative as praise ("jag har inte gjort något fel")', () => {
    expect(sv('Men jag har inte gjort något fel.').label).toBe('negative');
    expect(en("I've done nothing wrong.").label).toBe('negative');
  });

  it('keeps facts and wants neutral ("det var ett arv", "jag vill")', () => {
    expect(sv('Men det var ju ett arv.').label).not.toBe('positive');
    expect(sv('Jag vill ansöka om bostadstillägg.').label).toBe('neutral');
  });

  it('reads complaint and demand phrasing as negative', () => {
    expect(sv('Jag vill att nån tittar på det här på riktigt.').label).toBe('negative');
    expect(sv('Den är så liten.').label).toBe('negative');
    expect(en('I want someone to actually look at this.').label).toBe('negative');
  });

  it('does not count a hedge ("if that doesn\'t work") as a feeling', () => {
    expect(en("Okay, I'll try it tonight, and if that doesn't work I'll call you back.").label).toBe('neutral');
    expect(sv('Okej, om det inte fungerar så ringer jag igen.').label).toBe('neutral');
    // "om" is "about" before a noun: no hedge, the complaint counts.
    expect(sv('Jag är arg om pensionen.').label).toBe('negative');
  });
});

describe('issue 14, second round: denials, demands and "nobody explains" are complaints', () => {
  it.each([
    ['sv', 'Men jag har ju inte hittat på någonting.'],
    ['sv', 'Jag har inte missat någonting, jag bytte bank i december.'],
    ['sv', 'Jag vill att en riktig människa går igenom mitt ärende.'],
    ['sv', 'Jag fattar ingenting.'],
    ['sv', 'Jag tycker fortfarande att det är ett övergrepp.'],
    ['en', "I didn't hide anything."],
    ['en', 'Nobody ever explains anything.'],
    ['en', 'This is completely unreasonable.'],
  ] as const)('%s: "%s" is negative', (language, text) => {
    expect(scoreUtterance(text, language).label).toBe('negative');
  });

  it('a problem reported is not a denial: "jag har inte fått något besked" is not counted twice', () => {
    expect(scoreUtterance('Jag har inte fått något besked.', 'sv').words).not.toContain('jag har inte fått något');
  });
});
