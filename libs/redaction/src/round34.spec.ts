import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 34, from the blind tuning set tuning-48 (text to keep beside dates of birth and names).
 * Sentences written for these tests, not taken from any eval set.
 */
describe('dates that are no dates of birth', () => {
  it('a wedding, a start, a death beside a date of birth keep their dates', () => {
    expect(sv('Vi gifte oss den 3 juli 1971 och hon är född den sjunde mars fyrtioåtta.')).toMatch(/gifte oss den 3 juli 1971/);
    expect(sv('Vi gifte oss den 3 juli 1971 och hon är född den sjunde mars fyrtioåtta.')).not.toMatch(/sjunde mars/);
    expect(en('My son was born on June 2nd, 2016, and he started at his new school on the 21st of August.')).toMatch(/21st of August/);
    const death = en("So I've noted date of birth 4th of June 1944 and date of death 7th of January 2027, is that correct?");
    expect(death).toMatch(/date of death 7th of January 2027/);
    expect(death).not.toMatch(/June 1944/);
  });
  it('a thing is born with no date of birth ("Idén föddes våren 2024", "the plan was born in autumn 2022")', () => {
    expect(sv('Idén föddes våren 2024 när jag slutade på bruket.')).toBe('Idén föddes våren 2024 när jag slutade på bruket.');
    expect(en('The plan was born in autumn 2022, after the shop closed.')).toBe('The plan was born in autumn 2022, after the shop closed.');
    expect(sv('Hon föddes våren 2024.')).not.toMatch(/2024/);
  });
  it('an age said after a date of birth is kept ("so I was nineteen")', () => {
    const said = en('I started at the mill in 1975, I was born in March \'56, so I was nineteen.');
    expect(said).toMatch(/so I was nineteen/);
    expect(said).not.toMatch(/'56/);
  });
  it('a number that is part of a word is not a date of birth said again ("the 14th" after 14/02/71)', () => {
    const said = en('I sent it on Friday the 14th of May, with my date of birth, 14/02/71, written on it.');
    expect(said).toMatch(/the 14th of May/);
    expect(said).not.toMatch(/14\/02\/71/);
  });
  it('a day of one digit with its ordinal ending starts a whole date of birth ("the 7th of June 1961")', () => {
    expect(en('Yes, the 7th of June 1961.')).not.toMatch(/7th|June 1961/);
  });
  it('the next person\'s date of birth with the verb left out is one too', () => {
    expect(en('My mother was born on the fourth of April thirty-one and my father Erik on the second of July twenty-nine.')).not.toMatch(/second of July|twenty-nine/);
    expect(sv('Min mamma är född 4 april 1931 och pappa den 2 juli 1929.')).not.toMatch(/2 juli|1929/);
    // Not a move or another event: "and moved here on …".
    expect(en('I was born on the 3rd of May 1950 and moved here on the 9th of June 1975.')).toMatch(/9th of June 1975/);
  });
});

describe('dates of birth read back, confirmed or corrected', () => {
  it('"…, stämmer det?" "Ja, precis. … Och den 18 december?": what follows the confirmation is not read under the question', () => {
    const said = call('sv', 'agent: Och hon är född 9 april 1940, stämmer det?', 'caller: Ja, precis. Breven går till Lövgatan 4, som vanligt. Och den 20 december, kommer pengarna då?');
    expect(said[1]).toMatch(/den 20 december/);
    expect(said[1]).not.toMatch(/Lövgatan 4/);
    const confirmed = call('sv', 'agent: Då har jag Ulla Berg, född tredje maj femtiotvå?', 'caller: Ja, det stämmer. Jag är sjukskriven till och med den 14 januari.');
    expect(confirmed[1]).toMatch(/den 14 januari/);
  });
  it('a date of birth said back alone is asked again: the correction is redacted', () => {
    const said = call('sv', 'caller: Jag är född femte mars fyrtionio.', 'agent: Femtonde mars fyrtionio?', 'caller: Nej, femte. Femte mars. Jag är sjuttiosju.');
    expect(said[2]).not.toMatch(/femte/i);
    expect(said[2]).toMatch(/sjuttiosju/);
    const en2 = call('en', 'caller: My number is 19490305-1234.', 'agent: Thanks. So born on the 15th of March \'49?', 'caller: No, the 5th. The fifth of March.');
    expect(en2[2]).not.toMatch(/5th|fifth of March/);
  });
  it('the asker who tells such a value has moved on: an age after it is kept, a correction still is not', () => {
    const said = call('sv', 'agent: Och när är din man född?', 'caller: Fyrtiosex.', 'agent: Jag ser en dotter här, född 1975, men hon är ju vuxen.', 'caller: Ja, hon är femtio nu.');
    expect(said[3]).toMatch(/femtio nu/);
    const corrected = call('sv', 'agent: Och när är du född?', 'caller: Ja, vänta.', 'agent: Jag ser att du är född 3 maj 1950.', 'caller: Nej, fjärde maj.');
    expect(corrected[3]).not.toMatch(/fjärde maj/);
  });
  it('a question about something else ("Och du har haft firman sen...?") ends the number asked for', () => {
    const said = call('sv', 'agent: Kan jag få ditt personnummer?', 'caller: 19 611 014... 42 77.', 'agent: Tack. Och du har haft firman sen...?', 'caller: Sen 1994.', 'agent: Din SGI är 412 000 kronor.', 'caller: Ja, men förra året blev det bara 390 000.');
    expect(said[5]).toMatch(/390 000/);
  });
  it('after the date of birth, the last four asked for complete the number: a later year is kept', () => {
    const said = call('sv', 'agent: Ditt födelsedatum?', 'caller: Tolfte februari femtiosex.', 'agent: Och de sista fyra?', 'caller: 33 81.', 'agent: Tack.', 'caller: Jag har varit sjukskriven sen 2020.');
    expect(said[3]).not.toMatch(/33 81/);
    expect(said[5]).toMatch(/2020/);
  });
});

describe('names and places that are no person\'s', () => {
  it('the agent\'s name in the greeting, a month too ("Försäkringskassan, this is May.")', () => {
    expect(en('Försäkringskassan, this is May.')).not.toMatch(/May/);
    expect(sv('Pensionsmyndigheten, du pratar med Juni.')).not.toMatch(/Juni/);
    expect(en('It is May.')).toBe('It is May.');
  });
  it('a name beside another joined by "and" is a name, an ordinary word too', () => {
    expect(en('Oliver and Maja, both born in 2024.')).not.toMatch(/Oliver|Maja/);
  });
  it('days of the year named after someone: "New Year\'s Eve", "Christmas Eve", "över Lucia"', () => {
    expect(en('He died on New Year\'s Eve, at ninety-one.')).toBe('He died on New Year\'s Eve, at ninety-one.');
    expect(sv('Vi var hos dottern över Lucia.')).toBe('Vi var hos dottern över Lucia.');
    expect(sv('Jag pratade med Lucia i går.')).not.toMatch(/Lucia/);
  });
  it('the service office\'s address, a church named after kings, a hospital known to all, another country\'s agency', () => {
    expect(sv('Jag lämnade det på servicekontoret på Storgatan 14 i går.')).toMatch(/Storgatan 14/);
    expect(sv('Jag bor på Storgatan 14 nära servicekontoret.')).not.toMatch(/Storgatan 14/);
    expect(sv('Vi gifte oss i Gustav Adolfs kyrka 1966.')).toMatch(/Gustav Adolfs kyrka 1966/);
    expect(sv('Han ligger på Astrid Lindgrens barnsjukhus.')).toMatch(/Astrid Lindgrens/);
    expect(sv('Hon går på Anna Whitlocks gymnasium.')).not.toMatch(/Anna Whitlocks/);
    expect(sv('Min handläggare på Kela skickade papperen.')).toMatch(/Kela/);
    expect(en("He's at Ryhov Hospital, ward 7, room 22.")).not.toMatch(/room 22/);
  });
  it('numbers that are a decision\'s or a fund\'s, and a sum paid back, are kept', () => {
    expect(en("The decision number's 5 5 1 0 9 2 3, made on the 4th of May.")).toMatch(/5 5 1 0 9 2 3/);
    expect(en('The fund number is 482 117, the one I want to leave.')).toMatch(/482 117/);
    expect(en('I want to pay back 6,300, no, sorry, 6,030 kronor.')).toMatch(/pay back 6,300/);
    expect(en("The customer number's 8 8 2 0 1 4 7.")).not.toMatch(/8 8 2 0/);
  });
});

describe('what the learned recogniser takes for an address', () => {
  // (The two turns as the journal's tuning set tuning-23 has them, where it was found: the model's long span comes and goes
  // with small changes of wording.)
  it('a long clause with a person in it ("då ringer jag dig på måndag … Samma nummer som du ringer från?") is no address', () => {
    const said = call(
      'sv',
      'caller: Torsdag går inte, då ska jag följa med min fru till ögonkliniken hela dagen, hon ska opereras för grå starr. Kan du ta måndag?',
      'agent: Absolut, då ringer jag dig på måndag den tjugoandra i stället, på förmiddagen. Samma nummer som du ringer från?',
    );
    expect(said[1]).toMatch(/ringer jag dig på måndag den tjugoandra/);
  });
});

describe("review: what the round's first version let through", () => {
  it('a correction or completion after the agent tells the date is still redacted', () => {
    const told = (reply: string) => call('sv', 'agent: Och din frus födelsedatum?', 'caller: Jag måste kolla.', 'agent: Här står det att hon är född 1952.', `caller: ${reply}`)[3];
    expect(told('Mm, nionde juli.')).not.toMatch(/nionde juli/);
    expect(told('Ja, i oktober. Den tolfte.')).not.toMatch(/oktober/);
    expect(call('sv', 'agent: Och när är du född?', 'caller: Ja, vänta.', 'agent: Jag ser att du är född 3 maj 1950.', 'caller: Fast det är fjärde maj.')[3]).not.toMatch(/fjärde maj/);
  });
  it('a prompt trailing off while the number is still coming keeps the question open', () => {
    expect(call('sv', 'agent: Personnumret, tack.', 'caller: 19611014...', 'agent: Förlåt, jag hörde inte riktigt...?', 'caller: 42 77.')[3]).not.toMatch(/42 77/);
    expect(call('en', "agent: What's your phone number?", 'caller: Oh seven seven oh oh...', 'agent: Go on...?', 'caller: Nine oh oh, one two three.')[3]).not.toMatch(/Nine oh oh/);
  });
  it('another event in an earlier clause, or a birth word after the date, leaves a date of birth redacted', () => {
    expect(call('en', "agent: And what's your wife's date of birth?", "caller: We married in 1975 and it's the 9th of July 1952.")[1]).not.toMatch(/9th of July/);
    expect(sv('Min man gick i pension i fjol och han är från 12 maj 1950.')).not.toMatch(/12 maj/);
    expect(sv('Han gick bort i våras men det var fjärde juni fyrtiofyra han föddes.')).not.toMatch(/fjärde juni/);
  });
  it('Lucia after "till", "på", "since" is a person; "servicekontoret" far from the street keeps no one\'s home', () => {
    expect(sv('Jag skickade pengarna till Lucia i går.')).not.toMatch(/Lucia/);
    expect(en('Since Lucia moved in, the rent went up.')).not.toMatch(/Lucia/);
    expect(sv('Jag var på servicekontoret, jag bor på Storgatan 14.')).not.toMatch(/Storgatan 14/);
    expect(sv('Jag ringde servicecentret och bytte adress till Björkvägen 3 B.')).not.toMatch(/Björkvägen 3/);
  });
  it('a comma does not carry a keeping cue to a number, nor "var" make a date an age', () => {
    expect(call('en', "agent: What's your personal number?", "caller: It's on the decision, number's 5 0 0 3 1 2, 1 2 3 4.")[1]).not.toMatch(/5 0 0 3 1 2/);
    expect(call('sv', 'agent: Och din mans födelsedatum?', 'caller: Han dog i fjol och han var 12 maj 1948.')[1]).not.toMatch(/12 maj|12 \[/);
    expect(call('sv', 'agent: Vilket år är dina föräldrar födda?', 'caller: Mamma var trettioett och pappa tjugonio.')[1]).not.toMatch(/trettioett/);
  });
  it('a thing born only as the subject; the next person\'s date only after a person', () => {
    expect(sv('Jag äger firman född 1950.')).not.toMatch(/1950/);
    expect(sv('Jag är född 12 maj 1950 och Kiruna i juni 1975 var kallt.')).toMatch(/juni 1975/);
  });
});

