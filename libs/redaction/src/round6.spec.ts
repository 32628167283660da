import { describe, expect, it } from 'vitest';
import { call } from './testing/dialogues.js';

/**
 * Round six: mechanisms that generalise (answers given after a pause or a false start, dates said
 * in other forms, addresses and identifiers read in pieces). Each case failed before its rule.
 */

describe('a date of birth given as an answer', () => {
  it('takes the date wherever it stands in the answer, after a pause or a false start', () => {
    expect(call('en', 'agent: Can I take your date of birth?', "caller: Yeah, hang on. So that's the third of March, nineteen seventy-one.")[1]).toBe(
      "Yeah, hang on. So that's [FÖDELSEDATUM].",
    );
    expect(call('en', 'agent: And when was your husband born?', 'caller: He was, uh, let me think. June, June the second, thirty-nine.')[1]).toBe(
      'He was, uh, let me think. [FÖDELSEDATUM].',
    );
    expect(call('sv', 'agent: Och födelsedatum?', 'caller: Ja, vänta nu. Det är tredje mars, nej förlåt, fjärde mars fyrtioåtta.')[1]).toBe(
      'Ja, vänta nu. Det är [FÖDELSEDATUM], nej förlåt, [FÖDELSEDATUM].',
    );
  });
  it('takes no ordinal that is not a date, and nothing the asker says', () => {
    expect(call('en', 'agent: And your date of birth?', 'caller: Sorry, is that the first thing you need?')[1]).toBe('Sorry, is that the first thing you need?');
    expect(call('sv', 'agent: Och födelsedatum?', 'caller: Fjortonde juli.', 'agent: Tack. Beslutet kommer den 3 maj.')[2]).toBe('Tack. Beslutet kommer den 3 maj.');
  });
});

describe('addresses in other spoken forms', () => {
  it('takes an English house number said as words, and a unit before it', () => {
    expect(call('en', 'caller: My address is twenty-two Baker Street, London.')[0]).toBe('My address is [ADRESS], London.');
    expect(call('en', 'caller: Send it to my son at 3/45 Smith Street, Fitzroy.')[0]).toBe('Send it to my son at [ADRESS], Fitzroy.');
  });
  it('takes a postcode said after the town and region', () => {
    expect(call('en', "caller: It's 7 Rose Lane, Springfield, Illinois, six two seven oh four.")[0]).toBe("It's [ADRESS], Springfield, Illinois, [POSTNUMMER].");
  });
  it('takes a UK postcode read as letters and number words', () => {
    expect(call('en', 'caller: She moved to 14 Church Road, Bristol, B S eight, four J Q.')[0]).toBe('She moved to [ADRESS], Bristol, [POSTNUMMER].');
    expect(call('en', "agent: And the postcode?", "caller: It's S W one A, one A A.")[1]).toBe("It's [POSTNUMMER].");
  });
  it('takes streets without a number in the answer to where one lives, and not the "Oh" before them', () => {
    expect(call('en', 'agent: And where do you live now?', "caller: Oh, it's Flat 6, Maple Court, Ashby Road.")[1]).toBe("Oh, it's [ADRESS], [ADRESS], [ADRESS].");
    expect(call('en', 'caller: We live on Ashby Road now.')[0]).toBe('We live on [ADRESS] now.');
  });
  it('reads the answer to a question for a part of the address ("the house number?")', () => {
    expect(call('en', 'agent: What is the house number?', 'caller: Forty-one.')[1]).toBe('[ADRESS].');
  });
});

describe('names', () => {
  it('takes no verb of spelling for the name after a cue ("The surname is spelled …")', () => {
    expect(call('en', 'caller: The surname is spelled D-U-F-F-Y.')[0]).toBe('The surname is spelled [NAMN].');
  });
});

describe('a date of birth without a cue or a question', () => {
  it('takes a sentence that is only a date with a year long past, said on its own', () => {
    expect(call('en', "caller: Nineteen fifty-two. That's the year, yeah.")[0]).toBe("[FÖDELSEDATUM]. That's the year, yeah.");
    expect(call('en', 'caller: Um, sixty-one, I think, yeah, nineteen sixty-one.')[0]).toBe('Um, [FÖDELSEDATUM], I think, yeah, [FÖDELSEDATUM].');
    expect(call('sv', 'caller: Den förste maj … fyrtioett.')[0]).toBe('[FÖDELSEDATUM] … [FÖDELSEDATUM].');
  });
  it('keeps a year that answers another question, a recent date, and years with words around them', () => {
    expect(call('sv', 'agent: När flyttade ni hit?', 'caller: Nittonhundrasjuttiotvå.')[1]).toBe('Nittonhundrasjuttiotvå.');
    expect(call('sv', 'caller: Beslutet kom den 3 mars 2025.')[0]).toBe('Beslutet kom den 3 mars 2025.');
    expect(call('en', 'caller: I lived in Canada from 1979 to 1991.')[0]).toBe('I lived in Canada from 1979 to 1991.');
  });
  it('takes the same date said again in another form ("so the fourteenth of March")', () => {
    expect(call('en', "caller: I was born 03/14/54, that's the American way, so the fourteenth of March.")[0]).toBe(
      "I was born [FÖDELSEDATUM], that's the American way, so [FÖDELSEDATUM].",
    );
    expect(call('sv', 'caller: Det är 19520130-1230, alltså trettionde januari.')[0]).toBe('Det är [PERSONNUMMER], alltså [FÖDELSEDATUM].');
  });
  it("takes a year named as one's year ('54 baby, årgång 47) and 'i år' after a date", () => {
    expect(call('en', "caller: I'm a '54 baby, so I'm seventy-two now.")[0]).toBe("I'm a [FÖDELSEDATUM] baby, so I'm seventy-two now.");
    expect(call('sv', 'caller: Jag är årgång 47.')[0]).toBe('Jag är årgång [FÖDELSEDATUM].');
    expect(call('sv', 'caller: Han är född den sjätte maj i år.')[0]).toBe('Han är född [FÖDELSEDATUM].');
  });
});

describe('birthdays and ages', () => {
  it('reads "När fyller du år?" as a question for the date of birth', () => {
    expect(call('sv', 'agent: När fyller du år?', 'caller: Den nionde november.', 'agent: Vilket år?', 'caller: Fyrtiotvå.')).toEqual([
      'När fyller du år?',
      '[FÖDELSEDATUM].',
      'Vilket år?',
      '[FÖDELSEDATUM].',
    ]);
    expect(call('sv', 'caller: Jag fyller år den 9 november.')[0]).toBe('Jag fyller år [FÖDELSEDATUM].');
  });
  it('takes the month said after the year ("in twenty fifteen, in March")', () => {
    expect(call('en', 'caller: My son was born in twenty fifteen, in March.')[0]).toBe('My son was born [FÖDELSEDATUM].');
  });
  it('keeps an age said in the answer to a question for the date of birth', () => {
    expect(call('en', "agent: What's your birthday?", "caller: The ninth of November. I'll be eighty.")[1]).toBe("[FÖDELSEDATUM]. I'll be eighty.");
  });
});

describe('Swedish and foreign address forms', () => {
  it("takes a property's designation after a place (fastighetsbeteckning)", () => {
    expect(call('sv', 'caller: Vi bor på fastigheten Lia 3:12 utanför Sveg.')[0]).toBe('Vi bor på [ADRESS] utanför Sveg.'); // (the learned recogniser takes "fastigheten" too)
    expect(call('sv', 'caller: Adressen är Västerbyn 1:14 i Ockelbo.')[0]).toBe('Adressen är [ADRESS] i Ockelbo.');
  });
  it('takes a village and "nummer" with its number', () => {
    expect(call('sv', 'caller: Jag bor på landet, Storbyn nummer fyra.')[0]).toBe('Jag bor på landet, [ADRESS].');
  });
  it('takes the particles of a street abroad after its house number', () => {
    expect(call('en', 'caller: My address is 12 Rue de Rivoli, Paris.')[0]).toBe('My address is [ADRESS], Paris.');
  });
});

describe('identifiers read in pieces', () => {
  it("takes an IBAN's country code said with a pause after it", () => {
    expect(call('sv', 'agent: Har du ditt IBAN där?', 'caller: Ja, det är SE, trettiofem, femtusen…')[1]).toBe('Ja, det är [IBAN]…');
  });
});

describe('an answer after the one asked looks for it', () => {
  it('keeps the question open through a turn that stalls ("vänta, jag måste tänka efter")', () => {
    expect(
      call('sv', 'agent: Och ditt födelsedatum?', 'caller: Oj, vänta, jag måste tänka efter, det är så mycket nu med allt som hänt.', 'caller: Tredje mars.', 'caller: Femtiotvå.').slice(2),
    ).toEqual(['[FÖDELSEDATUM].', '[FÖDELSEDATUM].']);
    expect(call('sv', 'agent: Och adressen dit?', 'caller: Ja, hon har flyttat nu i höstas, vänta ska jag se här i papperen.', 'caller: Norrbyn.')[2]).toBe('[ADRESS].');
  });
  it('closes it after a turn with other content', () => {
    expect(call('sv', 'agent: Och ditt födelsedatum?', 'caller: Jag ringer egentligen om min mammas pension som inte har kommit.', 'caller: Tredje mars.')[2]).toBe('Tredje mars.');
  });
});

describe('a date of birth with a part of the year', () => {
  it('takes the season or the part of the decade said before the year', () => {
    expect(call('en', 'caller: She was born in the spring of forty-eight.')[0]).toBe('She was born [FÖDELSEDATUM].');
    expect(call('sv', 'caller: Jag är född i början av femtiotalet, femtiotvå.')[0]).toBe('Jag är född [FÖDELSEDATUM].');
    expect(call('sv', 'caller: Han är född 1950 av en ensamstående mor.')[0]).toBe('Han är född [FÖDELSEDATUM] av en ensamstående mor.');
  });
});

describe('a personnummer read with its month named', () => {
  it('takes the date said between its pieces', () => {
    expect(call('sv', 'agent: Och ditt personnummer?', 'caller: Nitton sextiotvå, elfte april, och sen fyra sju åtta två.')[1]).toBe(
      // (Round 7 reads the date as the personnummer's first half: one span.)
      '[PERSONNUMMER], och sen [PERSONNUMMER].',
    );
  });
});

describe('the last four after a date of birth', () => {
  it('takes four digits said right after a date of birth as the rest of the personnummer', () => {
    expect(call('sv', 'caller: Han är född den 3 mars 1952, och sen 1230.')[0]).toBe('Han är född [FÖDELSEDATUM], och sen [PERSONNUMMER].');
    expect(call('en', 'caller: I was born on the third of March, fifty-two, then one two three oh.')[0]).toBe('I was born [FÖDELSEDATUM], then [PERSONNUMMER].');
  });
  it('keeps a year said after it, and numbers after other words', () => {
    expect(call('sv', 'caller: Jag är född 3 mars 1952 och flyttade hit 1972.')[0]).toBe('Jag är född [FÖDELSEDATUM] och flyttade hit 1972.');
    expect(call('sv', 'caller: Jag är född 3 mars 1952 och fick 1200 kronor.')[0]).toBe('Jag är född [FÖDELSEDATUM] och fick 1200 kronor.');
  });
});

describe('a spoken e-mail address with its local part spelled', () => {
  it('takes the words, spellings and dots before the address as part of it', () => {
    expect(call('sv', 'agent: Och din e-postadress?', 'caller: Det är anna, a n n a, punkt, holm, h o l m, at gmail punkt com.')[1]).toBe('Det är [EPOST].');
  });
});

describe('one date of birth in the answer', () => {
  it('keeps a later date of another event in the same answer', () => {
    expect(call('sv', 'agent: Och födelsedatum?', 'caller: Ja, vänta. Tredje mars femtiotvå. Och pengarna kom inte den 25 april.')[1]).toBe(
      'Ja, vänta. [FÖDELSEDATUM]. Och pengarna kom inte den 25 april.',
    );
  });
});
describe('one date of birth in the answer, over turns', () => {
  it('keeps a date of another event in a later turn, once the question was answered', () => {
    expect(call('sv', 'agent: Och födelsedatum?', 'caller: Tredje mars femtiotvå.', 'agent: Tack.', 'caller: Ja, och pengarna kom inte den 25 april heller.')[3]).toBe(
      'Ja, och pengarna kom inte den 25 april heller.',
    );
    expect(call('sv', 'agent: Och födelsedatum?', 'caller: Tredje mars.', 'caller: Ja, och året, femtiotvå.')[2]).toBe('Ja, och året, [FÖDELSEDATUM].');
  });
});
describe('a date said alone, of another event', () => {
  it('keeps a year the utterance ties to another event ("That\'s when we moved")', () => {
    expect(call('en', "caller: Nineteen ninety. That's when we moved.")[0]).toBe("Nineteen ninety. That's when we moved.");
  });
});
describe('the part of a village after an address', () => {
  it('takes "Norra Ön" after "Lillåsen 7" as part of the address, and the postcode after it', () => {
    expect(call('sv', 'caller: Det är Lillåsen 7, Norra Ön, utanför Hudiksvall.')[0]).toBe('Det är [ADRESS], [ADRESS], utanför Hudiksvall.');
    expect(call('sv', 'caller: Adressen är Backen 4, Västra Byn, 824 93 Hudiksvall.')[0]).toBe('Adressen är [ADRESS], [ADRESS], [POSTNUMMER] Hudiksvall.');
  });
});
describe('a short form before a name', () => {
  it('takes the short form said before the full name ("Rich, Richard Stone")', () => {
    expect(call('en', 'caller: Uh, Rich, Richard Stone, my brother-in-law.')[0]).toBe('Uh, [NAMN], [NAMN], my brother-in-law.');
    expect(call('sv', 'caller: Det är Maggan, Margareta Ek, som ringer.')[0]).toBe('Det är [NAMN], [NAMN], som ringer.');
  });
});
describe('the last digits named after them', () => {
  it('takes digits said "på slutet" and the correction after them', () => {
    expect(call('sv', 'caller: Jag läste fel, det är inte 3263 på slutet, det är 3236.')[0]).toBe('Jag läste fel, det är inte [ID-NUMMER] på slutet, det är [ID-NUMMER].');
  });
});

describe('addresses, from tuning-6 by kind', () => {
  it('reads a postcode said in words with hundreds ("tvåhundrafyrtio")', () => {
    expect(call('sv', 'caller: Hon bor på Ekvägen 4, fyrtiofyra tvåhundrafyrtio Kungälv.')[0]).toBe('Hon bor på [ADRESS], [POSTNUMMER] Kungälv.');
  });
  it('takes postcodes abroad with a dash or letters before the town', () => {
    expect(call('sv', 'caller: Hon bor på ulica Polna 3, 80-827 Gdańsk.')[0]).toBe('Hon bor på [ADRESS], [POSTNUMMER] Gdańsk.');
    expect(call('en', 'caller: It is Rua Nova 7, 8200-161 Albufeira.')[0]).toBe('It is [ADRESS], [POSTNUMMER] Albufeira.');
    expect(call('en', 'caller: My address is Kerkweg 5, 1234 AB Utrecht.')[0]).toBe('My address is [ADRESS], [POSTNUMMER] Utrecht.');
  });
  it('takes streets and places by more endings and words (Finnish "-tie", "Urbanización", "-lund", a farm named by its ending alone)', () => {
    expect(call('sv', 'caller: Han bor i Finland, Aleksanterintie 4 B 2, Vasa.')[0]).toBe('Han bor i Finland, [ADRESS], Vasa.');
    expect(call('en', 'caller: We live at Urbanización El Pinar 9.')[0]).toBe('We live at [ADRESS].');
    expect(call('sv', 'caller: Skicka det till Ekelund 3, tack.')[0]).toBe('Skicka det till [ADRESS], tack.');
    expect(call('en', "caller: It's Hagen 7, a farm outside Ånge.")[0]).toBe("It's [ADRESS], a farm outside Ånge.");
  });
  it('takes the house number after a hesitation ("Storgatan öh tolv")', () => {
    expect(call('sv', 'caller: Det är Storgatan öh tolv, två trappor upp.')[0]).toBe('Det är [ADRESS].');
  });
});

describe('spellings, from tuning-6 by kind', () => {
  it('reads "double L" and "capital A" as letters of the spelling', () => {
    expect(call('en', 'caller: Gallagher, G, A, double L, A, G, H, E, R.')[0]).toBe('[NAMN], [NAMN].');
    expect(call('en', 'caller: MacArthur, M A C, capital A, R T H U R.')[0]).toBe('[NAMN], [NAMN].');
  });
  it('takes the rest of the name said as it is after its first letters are spelled', () => {
    expect(call('sv', 'caller: Det är Sjödin. S som i Sigurd, J som i Johan, Ö som i Östen, och sen din.')[0]).toBe('Det är [NAMN]. [NAMN], och sen [NAMN].');
    expect(call('sv', 'caller: Sjödin, S som i Sigurd, J som i Johan, Ö som i Östen, sen är det inte mer.')[0]).toBe('[NAMN], [NAMN], sen är det inte mer.');
  });
});

describe('dates of birth, from tuning-6 by kind', () => {
  it('takes a year said with a dash alone ("Ja, -61") and a date written d/m yy as a first clause', () => {
    expect(call('sv', 'caller: Ja, -61.')[0]).toBe('Ja, [FÖDELSEDATUM].');
    expect(call('sv', 'caller: 3/4 52, det är lätt att minnas.')[0]).toBe('[FÖDELSEDATUM], det är lätt att minnas.');
  });
  it('takes the answer after the question said again in the same turn ("Vilket år? …")', () => {
    expect(call('en', 'caller: Which year? Nineteen thirty-nine.')[0]).toBe('Which year? [FÖDELSEDATUM].');
    expect(call('sv', 'caller: Vilket år, sextiotre, tredje maj.')[0]).toBe('Vilket år, [FÖDELSEDATUM].');
  });
  it('takes a number of a date of birth said again before its cue', () => {
    expect(call('sv', 'caller: Sextiotre, jag är född sextiotre.')[0]).toBe('[FÖDELSEDATUM], jag är född [FÖDELSEDATUM].');
  });
});

describe('the last four, from tuning-6 by kind', () => {
  it('takes four digits named "the last four" and the correction after them', () => {
    expect(call('en', 'caller: Sorry, the last four are 4471, not 4417.')[0]).toBe('Sorry, the last four are [ID-NUMMER], not [ID-NUMMER].');
  });
  it('takes four digits shaped as a year when the last four were asked for', () => {
    expect(call('en', 'agent: And your personal number?', 'caller: It starts 19520130.', 'agent: Thanks, and the last four?', 'caller: 1987.')[3]).toBe('[PERSONNUMMER].');
    expect(call('sv', 'agent: Och personnumret?', 'caller: 19520130.', 'agent: Och de fyra sista?', 'caller: 2012.')[3]).toBe('[PERSONNUMMER].');
    expect(call('sv', 'agent: Och personnumret?', 'caller: 19520130-1230.', 'agent: Och när flyttade du hit?', 'caller: 1987.')[3]).toBe('1987.');
  });
});

describe('a personnummer read with an aside between its pieces', () => {
  it('joins the date and the last four across an aside when together they validate', () => {
    expect(call('sv', 'caller: Fyrtiosju noll nio tjugotre, jag har det på kortet, och sen trettiotre arton.')[0]).toBe(
      '[PERSONNUMMER], jag har det på kortet, och sen [PERSONNUMMER].',
    );
  });
  it('keeps numbers that only validate by chance with an amount or a case number', () => {
    expect(call('sv', 'agent: Beslutet kommer inom tre veckor, ärendenumret är 2026-77120.')[0]).toBe('Beslutet kommer inom tre veckor, ärendenumret är 2026-77120.');
  });
});

describe('a new question starts a new number', () => {
  it('joins no number across a turn that asks for an identifier', () => {
    expect(
      call('en', 'agent: Where do you live?', 'caller: In Spain, Malaga, since 2015.', 'agent: Personal number please.', 'caller: nineteen forty-nine, oh eight oh two, forty forty-five, sorry, forty oh five.')[1],
    ).toBe('In Spain, Malaga, since 2015.');
  });
});

describe("the words of an e-mail address's local part", () => {
  it('takes them as a name where they recur in the call', () => {
    expect(call('sv', 'caller: Det är maj.strand71@telia.com, alltså strand som vid havet.')[0]).toBe('Det är [EPOST], alltså [NAMN] som vid havet.');
    expect(call('en', 'caller: Email, uh, tom underscore koay at gmail dot com.', 'agent: Thanks.', 'caller: Yes, koay, it is Malaysian.')[2]).toBe('Yes, [NAMN], it is Malaysian.');
  });
});

describe('corrections and closing postcodes, from tuning-6 by kind', () => {
  it('takes a date of birth corrected a sentence later', () => {
    expect(call('en', "caller: Her birthday is 3 May 1950. No wait, that's my sister. Hers is August 9th, 1952.")[0]).toBe(
      "Her birthday is [FÖDELSEDATUM]. No wait, that's my sister. Hers is [FÖDELSEDATUM].",
    );
  });
  it('takes four digits that close an address after its town and region', () => {
    expect(call('en', 'caller: 12 Acacia Street, Ballarat, Victoria, 3350.')[0]).toBe('[ADRESS], Ballarat, Victoria, [POSTNUMMER].');
  });
});

describe('a name that is also a word, after a relation', () => {
  it('takes a word capitalised mid-sentence after "my neighbour", "min granne"', () => {
    expect(call('en', 'caller: My neighbour April drives me to the bank.')[0]).toBe('My neighbour [NAMN] drives me to the bank.');
    expect(call('sv', 'caller: Min granne Maj hjälper mig med datorn.')[0]).toBe('Min granne [NAMN] hjälper mig med datorn.');
  });
});

describe('a year asked for in the same turn', () => {
  it('takes a two-digit year after the question for the year said again ("Året? Femtiofyra.")', () => {
    expect(call('sv', 'caller: Året? Femtiofyra.')[0]).toBe('Året? [FÖDELSEDATUM].');
    expect(call('sv', 'caller: Femtiofyra.')[0]).toBe('Femtiofyra.');
  });
});

describe('floors, flats and postcodes abroad', () => {
  it('takes a floor with an ordinal dot, a ground floor with its door, a Finnish flat, and the postcode after them', () => {
    expect(call('sv', 'caller: Adressen är Vestergade 4, 3. sal, 8000 Aarhus.')[0]).toBe('Adressen är [ADRESS], [POSTNUMMER] Aarhus.');
    expect(call('sv', 'caller: Hon bor på Calle Real 5, bajo B, 29680 Estepona.')[0]).toBe('Hon bor på [ADRESS], [POSTNUMMER] Estepona.');
    expect(call('sv', 'caller: Jag bor på Rantakatu 9 as 4, 65100 Vasa.')[0]).toBe('Jag bor på [ADRESS], [POSTNUMMER] Vasa.');
  });
  it('takes an Irish Eircode', () => {
    expect(call('en', 'caller: My address is 4 Main Street, Cork, T12 XK34.')[0]).toBe('My address is [ADRESS], Cork, [POSTNUMMER].');
  });
});

describe('the month said after a year of birth', () => {
  it('takes a month said alone after the year, and the apostrophe of a year', () => {
    expect(call('en', 'agent: And when were you born?', 'caller: Um, nineteen forty-seven. June. June the ninth.')[1]).toBe('Um, [FÖDELSEDATUM]. [FÖDELSEDATUM]. [FÖDELSEDATUM].');
    expect(call('en', "caller: I'm born in '47, June.")[0]).toBe("I'm born [FÖDELSEDATUM].");
  });
});

describe('a home named before its address', () => {
  it('keeps the name of the care home said before the address (round 26: the home is kept, its address and room redacted)', () => {
    // (Round 73: a care home said as where someone lives is an address, the project's decision — privacy fails closed; this spec kept the home.)
    expect(call('sv', 'caller: Mamma bor på Lindgårdens äldreboende, Skolvägen 4, i Ockelbo.')[0]).toBe('Mamma bor på [ADRESS], [ADRESS], i Ockelbo.');
    expect(call('sv', 'caller: Han bor på gruppboendet Linden, Skolvägen 4.')[0]).toBe('Han bor på [ADRESS], [ADRESS].');
  });
});
