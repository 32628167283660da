import { describe, expect, it } from 'vitest';
import { call } from './testing/dialogues.js';

/**
 * Round seven: raise recall without redacting more of what must be kept. Mechanisms, each with
 * sentences of its own kind (not lines of a set); each case failed before its rule.
 */

describe('a question for an identifier, once answered in full', () => {
  it('keeps the figures the agent reads out after the answer', () => {
    expect(call('sv', 'agent: Kan jag få ditt personnummer?', 'caller: Det är 430612-4471.', 'agent: Tack. Jag ser att du har 14 200 i garantipension.')[2]).toBe(
      'Tack. Jag ser att du har 14 200 i garantipension.',
    );
  });
  it('keeps the amounts the caller talks of after a whole answer', () => {
    const out = call('sv', 'agent: Kan jag få ditt personnummer?', 'caller: Ja, 19520130-1230. Jag ringer om pengarna.', 'agent: Mm.', 'caller: Det var bara 8 400, förra gången 9 100.');
    expect(out[1]).toBe('Ja, [PERSONNUMMER]. Jag ringer om pengarna.');
    expect(out[3]).toBe('Det var bara 8 400, förra gången 9 100.');
    expect(call('en', "agent: What's your phone number?", 'caller: Oh seven seven, two three four, five six seven eight nine.', 'caller: I pay about eight hundred and fifty a month.')[2]).toBe(
      'I pay about eight hundred and fifty a month.',
    );
  });
  it('still takes a correction of the answer, and the same question asked again for someone else', () => {
    expect(call('sv', 'agent: Kan jag få ditt personnummer?', 'caller: 19520130-1234.', 'caller: Nej förlåt, det ska vara 1243.')[2]).toBe('Nej förlåt, det ska vara [PERSONNUMMER].');
    expect(call('sv', 'agent: Kan jag få hans personnummer?', 'caller: 520130-1230.', 'agent: Tack. Och ditt eget?', 'caller: Mitt är 540302 1188.')[3]).toBe('Mitt är [PERSONNUMMER].');
  });
  it('reads an answer in pieces under the question until it is whole', () => {
    const out = call('sv', 'agent: Personnummer?', 'caller: 470312', 'agent: Och sen?', 'caller: 3456, och sen vill jag fråga om 8 400 som kom i går.');
    expect(out[1]).toBe('[PERSONNUMMER]');
    expect(out[3]).toBe('[PERSONNUMMER], och sen vill jag fråga om 8 400 som kom i går.');
  });
});

describe('numbers that are amounts or days by the words after them', () => {
  it('keeps a sum of a time under a question ("5 400 i månaden", "640 a month")', () => {
    expect(call('sv', 'agent: Vilket kontonummer?', 'caller: Clearing 8327.', 'caller: Det blir 5 400 i månaden, va?')[2]).toBe('Det blir 5 400 i månaden, va?');
    expect(call('en', 'agent: And the account number?', 'caller: Sort code 20 45 77.', 'caller: Is that for the 640 a month?')[2]).toBe('Is that for the 640 a month?');
  });
  it('keeps the day of a date written as an ordinal ("den 25:e", "the 12th")', () => {
    expect(call('sv', 'agent: Vilket kontonummer?', 'caller: Clearing 8327.', 'caller: Och pengarna kommer den 25:e?')[2]).toBe('Och pengarna kommer den 25:e?');
    expect(call('en', 'agent: And the account number?', 'caller: Sort code 20 45 77.', 'caller: It came on the 12th.')[2]).toBe('It came on the 12th.');
  });
  it('keeps amounts after an account given in full', () => {
    expect(call('en', 'agent: Can I have your account number?', 'caller: Sort code 20-45-77, account 4412 8890.', 'caller: And will I get the 1,200 back pay as well?')[2]).toBe(
      'And will I get the 1,200 back pay as well?',
    );
  });
});

describe('dates of birth and ages', () => {
  it('keeps an age said after the year of birth', () => {
    expect(call('sv', 'agent: Vilket år är du född?', 'caller: Fyrtiofyra. Jag är åttioett nu.')[1]).toBe('[FÖDELSEDATUM]. Jag är åttioett nu.');
  });
  it('takes an answer that begins with the month alone and gives the rest sentence by sentence', () => {
    expect(call('sv', 'agent: När är du född?', 'caller: I november. Den tjugonionde. Nittonhundrafyrtiotvå.')[1]).toBe('[FÖDELSEDATUM]. [FÖDELSEDATUM]. [FÖDELSEDATUM].');
    expect(call('en', 'agent: And your date of birth?', "caller: Oh, in June. The fourth. Nineteen forty.")[1]).toBe('Oh, [FÖDELSEDATUM]. [FÖDELSEDATUM].'); // (the learned recogniser joins two pieces)
  });
  it('takes the date of a birthday after the age reached on it', () => {
    expect(call('sv', 'caller: Jag fyller åttio den 4 mars, så jag undrar om pensionen.')[0]).toBe('Jag fyller åttio [FÖDELSEDATUM], så jag undrar om pensionen.');
    expect(call('en', 'caller: I turned seventy on the 3rd of June.')[0]).toBe('I turned seventy [FÖDELSEDATUM].');
    expect(call('sv', 'caller: Jag fyllde i blanketten den 4 mars.')[0]).toBe('Jag fyllde i blanketten den 4 mars.');
  });
});

describe('a personnummer read with its date named', () => {
  it('takes the year, month and day read before the last four', () => {
    expect(call('sv', 'agent: Personnumret?', 'caller: Nitton hundra fyrtiosex, maj, tjugotredje, och sen sju åtta nio noll.')[1]).toBe('[PERSONNUMMER], och sen [PERSONNUMMER].');
  });
  it('takes the month and the day when they come in turns of their own', () => {
    expect(call('sv', 'agent: Kan jag få personnumret?', 'caller: Fyrtiosex, maj.', 'agent: Mm?', 'caller: Tjugotredje. Och sen sju åtta nio noll.')).toEqual([
      'Kan jag få personnumret?',
      '[PERSONNUMMER].',
      'Mm?',
      '[PERSONNUMMER]. Och sen [PERSONNUMMER].',
    ]);
  });
  it('keeps a date of payment said after the personnummer', () => {
    expect(call('sv', 'agent: Kan jag få ditt personnummer?', 'caller: Fyrtiosex noll fem tjugotre, sju åtta nio noll, och pengarna kom inte den 25:e.')[1]).toBe(
      '[PERSONNUMMER], och pengarna kom inte den 25:e.',
    );
  });
});

describe('addresses given as answers', () => {
  it('takes a place and its number after the town in the answer to where one lives', () => {
    expect(call('sv', 'agent: Var bor du?', 'caller: Uppe i Tärnaby, Klippen tolv.')[1]).not.toContain('Klippen');
    expect(call('en', 'agent: Where do you live now?', "caller: Out near Ballina, at Knockmore 14.")[1]).toBe('Out near Ballina, at [ADRESS].');
  });
  it('keeps a time or a count said in the answer', () => {
    expect(call('sv', 'agent: Var bor du?', 'caller: Hos min dotter i Umeå, sedan 2019.')[1]).toBe('Hos min dotter i Umeå, sedan 2019.');
  });
});

describe('identifiers read out with pauses', () => {
  it('takes the pieces of a spoken e-mail joined by "apostrophe"', () => {
    expect(call('en', "caller: It's mike, dot, o, apostrophe, brien, at, btinternet, dot com.")[0]).toBe("It's [EPOST].");
  });
  it("takes an IBAN's country code with a word of pause before its digits", () => {
    expect(call('sv', 'agent: Vilket IBAN?', 'caller: Det börjar på FI, sen tjugoen, tolv trettiofyra, femtiosex, noll noll, noll sju, sjuttiofem, åttioett.')[1]).toBe('Det börjar på [IBAN].');
    expect(call('en', 'agent: And the IBAN?', "caller: It's GB, then twenty-nine, N W B K, six oh one six.")[1]).toBe("It's [IBAN].");
  });
});

describe('what a turn asks of the next', () => {
  it('opens no question with a statement that gives what its cue names', () => {
    expect(
      call('sv', 'agent: Har du hennes personnummer?', 'caller: Ja, hon var född trettiotvå, öh, sextonde november.', 'agent: Och de sista fyra?', 'caller: Vänta, jag har det här, 84, nej, 8426.')[3],
    ).toBe('Vänta, jag har det här, [PERSONNUMMER], nej, [PERSONNUMMER].');
  });
  it('reads the last digits asked for after a date of birth as the rest of the personnummer', () => {
    expect(call('en', 'agent: Date of birth?', 'caller: Third of February, forty-nine.', 'agent: And the last four digits?', 'caller: Eight six... five four.')[3]).toBe(
      // (A pause inside a number read in groups is part of it: one placeholder.)
      '[PERSONNUMMER].',
    );
  });
});

describe('a number joined with what validates', () => {
  it('keeps a round number said before it ("över hundra")', () => {
    expect(call('sv', 'caller: Mormor är över hundra, så det är 250501+8552.')[0]).toBe('Mormor är över hundra, så det är [PERSONNUMMER].');
  });
});

describe('addresses read with pauses', () => {
  it('takes a house number said after a pause ("...", a comma) that closes its clause, and a floor after it', () => {
    expect(call('sv', 'caller: Vi bor på Kvarngatan, fjorton, tredje trappan.')[0]).toBe('Vi bor på [ADRESS].');
    expect(call('sv', 'caller: Det är Björkstigen... öh, nummer sju, i Kramfors.')[0]).toBe('Det är [ADRESS], i Kramfors.');
    expect(call('en', "caller: It's Lindvägen... twenty-two, 831 45 Östersund.")[0]).toBe("It's [ADRESS], [POSTNUMMER] Östersund.");
  });
  it('keeps a duration or a year after the street', () => {
    expect(call('sv', 'caller: Jag bor på Storgatan, 2 år nu.')[0]).toBe('Jag bor på [ADRESS], 2 år nu.');
    expect(call('sv', 'caller: Vi bodde på Kungsgatan, sedan 1998.')[0]).toBe('Vi bodde på [ADRESS], sedan 1998.');
  });
  it('keeps a town after "bor i", even one with a rural ending', () => {
    expect(call('sv', 'caller: Jag föddes i Göteborg men bor i Borås nu.')[0]).toBe('Jag föddes i Göteborg men bor i Borås nu.');
  });
  it('takes "c/o" with the relative it names', () => {
    // (The learned recogniser reads "c/o min son" and the street as one address: one placeholder.)
    expect(call('sv', 'caller: Skicka det c/o min son, Ringvägen 3, 791 31 Falun.')[0]).toBe('Skicka det [ADRESS], [POSTNUMMER] Falun.');
  });
  it('takes a place and number after "till" in the answer to an address question', () => {
    expect(call('sv', 'agent: Vart ska vi skicka det, vilken adress?', 'caller: Ja, till Åsen 4.')[1]).toBe('Ja, till [ADRESS].');
  });
});

describe('dates of birth corrected or said in other forms', () => {
  it('takes the article of a corrected date, and a corrected day said alone', () => {
    expect(call('sv', 'caller: Hon är född den 3 mars 1948, nej, den 13 mars.')[0]).toBe('Hon är född [FÖDELSEDATUM], nej, [FÖDELSEDATUM].');
    expect(call('en', 'agent: And her date of birth?', 'caller: The second of May, forty-four... no, sorry, the twelfth.')[1]).toBe('[FÖDELSEDATUM]... no, sorry, [FÖDELSEDATUM].');
  });
  it('takes the year said after "this year" and a comma', () => {
    expect(call('en', 'caller: My grandson, born March the 9th, this year, 2026.')[0]).toBe('My grandson, born [FÖDELSEDATUM], [FÖDELSEDATUM].');
  });
  it('takes a date said alone with its day and month as ordinals ("tionde i andra")', () => {
    expect(call('sv', 'caller: Det är femte i tredje femtiosju.')[0]).toBe('Det är [FÖDELSEDATUM].');
  });
});

describe('ordinary words beside names and numbers', () => {
  it('keeps the ordinary word a name is explained by', () => {
    expect(call('en', 'caller: My name is Hope, Hope Brook, like a brook in the woods.')[0]).toBe('My name is [NAMN], [NAMN], like a brook in the woods.');
    expect(call('sv', 'caller: Jag heter Gun Ek, som ett ek träd, med en ek i skogen.')[0]).toBe('Jag heter [NAMN], som ett ek träd, med en ek i skogen.');
  });
  it('reads "the one" as a pronoun, not a digit of the number before it', () => {
    expect(call('en', 'caller: My card ends in 4417, the one I used for the rent.')[0]).toBe('My card ends in [KORTNUMMER], the one I used for the rent.');
  });
});

describe('banks', () => {
  it('keeps British banks named by the caller', () => {
    expect(call('en', 'caller: My bank is Barclays, and before that Lloyds.')[0]).toBe('My bank is Barclays, and before that Lloyds.');
  });
});
