import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/** Round 17, from the kept words the tuning sets still lost, and tuning-26 (names and what sits beside them). */
describe('a street named without a number', () => {
  it('is kept where it is an office, a hospital or a workplace', () => {
    expect(sv('Jag var på Försäkringskassan på Kungsgatan i Uppsala i oktober.')).toBe('Jag var på Försäkringskassan på Kungsgatan i Uppsala i oktober.');
    expect(sv('Sjukhuset ligger på Sjukhusvägen, men det är inte min adress.')).toBe('Sjukhuset ligger på Sjukhusvägen, men det är inte min adress.');
    expect(en('Yes, he works at our warehouse on Exportgatan in Hisings Backa.')).toBe('Yes, he works at our warehouse on Exportgatan in Hisings Backa.');
  });
  it('is an address where the sentence says it is a home or where post goes', () => {
    expect(sv('Jag bor på Storgatan, mitt emot kyrkan.')).toBe('Jag bor på [ADRESS], mitt emot kyrkan.');
    expect(sv('Mamma har en lägenhet på Storgatan.')).toBe('Mamma har en lägenhet på [ADRESS].');
    expect(sv('Skicka det till mig på Kvarngatan.')).toBe('Skicka det till mig på [ADRESS].');
    expect(en('We moved last spring, we live on Hagagatan now.')).toBe('We moved last spring, we live on [ADRESS] now.');
  });
});

describe('an IBAN whose check digits and bank code are said apart, with fillers between', () => {
  it('"GB29, um, NWBK 6016 …" is one IBAN, its pieces apart', () => {
    expect(en("Will it go to my account here? It's GB29, um, NWBK 6016 1331 9268 19.")).toBe("Will it go to my account here? It's [IBAN].");
  });
});

describe('a passport number with letters', () => {
  it('"pass" right before the number names it, letters and all; not a year later in the sentence', () => {
    expect(sv('Hennes pass, P 8 4 1 2 7 7 0 3, det är ett somaliskt pass.')).toBe('Hennes pass, [ID-NUMMER], det är ett somaliskt pass.');
    expect(en("My passport number is C4R7 1190 X, it's a German passport.")).toBe("My passport number is [ID-NUMMER], it's a German passport.");
    expect(sv('Jag har ett svenskt pass som gick ut 2024.')).toBe('Jag har ett svenskt pass som gick ut 2024.');
  });
});

describe('a year of birth corrected or said before its cue', () => {
  it('the year corrected on either side of "nej vänta" is redacted too', () => {
    expect(sv('Fyrtionio. Nej vänta, femtio, jag är född femtio.')).toBe('[FÖDELSEDATUM]. Nej vänta, [FÖDELSEDATUM], jag är född [FÖDELSEDATUM].');
    expect(sv('Jag är född fyrtionio, nej vänta, femtio.')).toBe('Jag är född [FÖDELSEDATUM], nej vänta, [FÖDELSEDATUM].');
  });
  it('a sentence of a year alone before "Born in …" is the year of birth', () => {
    expect(en('Forty-nine. Born in Kumasi, Ghana.')).toBe('[FÖDELSEDATUM]. Born in Kumasi, Ghana.');
  });
});

describe('an address abroad: the district, and a postcode after the town and country', () => {
  it('takes the district before "gata 14, hus 7" and "hus nummer 112"', () => {
    expect(sv('Nej, han är i Irak, i Basra, Al-Jumhuriya, gata 14, hus 7.')).toBe('Nej, han är i Irak, i Basra, [ADRESS].');
    expect(sv('Ja, i Hargeisa, Jigjiga Yar, hus nummer 112, jag skickar pengar varje månad.')).toBe('Ja, i Hargeisa, [ADRESS], jag skickar pengar varje månad.');
  });
  it("a postcode after the town, region and country of the address; not a year", () => {
    expect(call('en', 'agent: And where do you live?', 'caller: Via Garibaldi 12, in Bologna, Italy. four oh one two four.')).toEqual([
      'And where do you live?',
      '[ADRESS], in Bologna, Italy. [POSTNUMMER].',
    ]);
    expect(sv('Jag bor på Storgatan 5 i Lund. 2019 flyttade jag dit.')).toBe('Jag bor på [ADRESS] i Lund. 2019 flyttade jag dit.');
  });
});

describe('names from tuning-26', () => {
  it('a role named with "är" ("kontaktpersonen är Gulsen"), and "née"', () => {
    expect(sv('Min hemtjänst är Humana, och kontaktpersonen är Gulsen.')).toBe('Min hemtjänst är Humana, och kontaktpersonen är [NAMN].');
    expect(en('Dawn Lindberg, née Holm.')).toBe('[NAMN], née [NAMN].');
  });
  it('a first name and a surname no list has ("Mark Kimani"), not after an article ("the Grace Chapel")', () => {
    expect(en("Yes, Mark. Mark Kimani. He's been off sick since Monday.")).toBe("Yes, [NAMN]. [NAMN]. He's been off sick since Monday.");
    expect(en('We went to the Grace Chapel on Sunday.')).toBe('We went to the Grace Chapel on Sunday.');
  });
  it('"And you are?" asks for a name', () => {
    expect(call('en', 'agent: And you are?', 'caller: Gulsen. His daughter-in-law.')).toEqual(['And you are?', '[NAMN]. His daughter-in-law.']);
  });
});

describe("a birth year read back by the agent", () => {
  it('"was that forty-nine or fifty-nine?" a few turns after "nineteen forty-nine" shows no birth year', () => {
    expect(
      call(
        'en',
        "agent: What's her date of birth?",
        'caller: Fourteenth of May, um, nineteen forty-nine.',
        'agent: And the last four digits?',
        'caller: three one five four.',
        'agent: Sorry, was that forty-nine or fifty-nine?',
      ).at(-1),
    ).toBe('Sorry, was that [FÖDELSEDATUM] or fifty-nine?');
  });
});

describe("a firm's name is no person's", () => {
  it('the answer to "Vad heter din arbetsgivare?" or "What\'s the company name?" is no name', () => {
    expect(call('sv', 'agent: Vad heter din arbetsgivare?', 'caller: Dahls Åkeri, i Sundsvall.')).toEqual(['Vad heter din arbetsgivare?', 'Dahls Åkeri, i Sundsvall.']);
    expect(call('en', "agent: What's the company name?", "caller: Joy Cleaning AB. I'm the owner, Joy Okafor.")).toEqual([
      "What's the company name?",
      // (The owner's name is in the firm's: the call's memory redacts it there too, round 19.)
      "[NAMN] Cleaning AB. I'm the owner, [NAMN].",
    ]);
  });
  it('a name and its trade ("Falks Rör och Värme", "Nordic Grace Consulting") is the firm, but the caller\'s own sole-trader firm names them', () => {
    expect(sv('Falks Rör och Värme. Det är inte hans, han jobbar bara där.')).toBe('Falks Rör och Värme. Det är inte hans, han jobbar bara där.');
    expect(en('Our company is Nordic Grace Consulting, org number 559087-3211.')).toBe('Our company is Nordic Grace Consulting, org number [ORGANISATIONSNUMMER].');
    expect(sv('Ja, jag är egenföretagare, Sami Haddad, jag har Haddad Taxi, enskild firma.')).toBe('Ja, jag är egenföretagare, [NAMN], jag har [NAMN], enskild firma.'); // (the trade with it since round 82)
  });
});

describe('a greeting beside a name', () => {
  it('"Hej Pekka" names Pekka, not "Hej", and the caller\'s "Hej." stays', () => {
    expect(call('sv', 'agent: Hej Pekka.', 'caller: Hej. Ja vi har pension från Finland också.')).toEqual(['Hej [NAMN].', 'Hej. Ja vi har pension från Finland också.']);
  });
});

describe('employers and places that are also names', () => {
  it('an employer further back in the sentence ("worked … from 1988 to 2004, at Ericsson", "slutade på Sandvik", "advokaten på Lindahl")', () => {
    expect(en('I worked in Gothenburg from 1988 to 2004, at Ericsson.')).toBe('I worked in Gothenburg from 1988 to 2004, at Ericsson.');
    expect(sv('Ja, sen jag slutade på Sandvik, efter trettio år.')).toBe('Ja, sen jag slutade på Sandvik, efter trettio år.');
    expect(sv('Vi ska ha den i januari, advokaten på Lindahl sköter det.')).toBe('Vi ska ha den i januari, advokaten på Lindahl sköter det.');
  });
  it('but a first name there is still a person ("jobbar hos Karin")', () => {
    expect(sv('Jag har jobbat länge nu, först på kontoret och sen hos Karin.')).toBe('Jag har jobbat länge nu, först på kontoret och sen hos [NAMN].');
  });
  it('the words of a place after "in" ("in Chiang Mai")', () => {
    expect(en("I'm in Thailand most of the year, in Chiang Mai, I come back in June.")).toBe("I'm in Thailand most of the year, in Chiang Mai, I come back in June.");
  });
});

describe("the agency's own postal address", () => {
  it("Pensionsmyndigheten's Box 38190 is kept wherever it is said; \"er adress\" to the agency, and the agent's \"vår adress\"", () => {
    expect(sv('De sa att jag ska skicka blanketten till Box 38190, Kiruna, men jag bor i Karlsborg.')).toBe('De sa att jag ska skicka blanketten till Box 38190, Kiruna, men jag bor i Karlsborg.');
    expect(sv('Jag skickade det den tredje till er adress, Box 30, eller vad det nu stod.')).toBe('Jag skickade det den tredje till er adress, Box 30, eller vad det nu stod.');
    expect(call('sv', 'agent: Ni kan skicka intyget till vår adress, Box 1164, 621 22 Visby.')).toEqual(['Ni kan skicka intyget till vår adress, Box 1164, 621 22 Visby.']);
  });
  it("but a caller's own box, and the caller's \"vår adress\", are redacted", () => {
    expect(call('sv', 'caller: Vår adress är Box 1164, 621 22 Visby.')).toEqual(['Vår adress är [ADRESS], [POSTNUMMER] Visby.']);
  });
});

describe("the recogniser's names", () => {
  it('end before a preposition of place ("Dr. de la Cruz at Karolinska")', () => {
    expect(en('The doctor was Dr. de la Cruz at Karolinska, he wrote the certificate in May.')).toBe('The doctor was Dr. [NAMN] at Karolinska, he wrote the certificate in May.');
  });
});

describe('tuning-27: what sits beside the data', () => {
  it("the agency's box after a phone cue (\"call us, or send it to Box 38190, 100 64 Stockholm\")", () => {
    expect(en('Then he needs to call us, or send the fullmakt to Box 38190, 100 64 Stockholm.')).toBe('Then he needs to call us, or send the fullmakt to Box 38190, 100 64 Stockholm.');
  });
  it('a country and the year one moved there, an age after "alltså", a month before the address', () => {
    expect(sv('Ja, jag flyttade hem till Sverige 1998.')).toBe('Ja, jag flyttade hem till Sverige 1998.');
    expect(sv('Hon är född nittonhundrafyrtiotvå, i mars, och fyller alltså åttiofyra nu.')).toBe('Hon är född [FÖDELSEDATUM], och fyller alltså åttiofyra nu.');
    // (Round 73: a care home said as where someone lives is an address, the project's decision — privacy fails closed; this spec kept the home.)
    expect(sv('Nej, hon flyttade till Ekbackens äldreboende i mars, Ekbacksvägen 2, rum 18, 590 40 Kisa.')).toBe('Nej, hon flyttade till [ADRESS] i mars, [ADRESS], [POSTNUMMER] Kisa.');
  });
  it('firms named by their trade, a church named after a saint, a landlord', () => {
    expect(en('We were at Sjöbergs Begravningsbyrå yesterday for my father Gunnar.')).toBe('We were at Sjöbergs Begravningsbyrå yesterday for my father [NAMN].');
    expect(en('Hello, my employer is Karlssons Trädgård, and they say I must call you.')).toBe('Hello, my employer is Karlssons Trädgård, and they say I must call you.');
    expect(en('Plusgiro 90 21 1-4, for the church, Sankt Eriks katolska domkyrka.')).toBe('Plusgiro [PLUSGIRO], for the church, Sankt Eriks katolska domkyrka.');
    expect(sv('Ja, och hyresvärden Stockholmshem säger att den höjs i januari.')).toBe('Ja, och hyresvärden Stockholmshem säger att den höjs i januari.');
    expect(sv('Min hyresvärd Anders Lund säger att den höjs.')).toBe('Min hyresvärd [NAMN] säger att den höjs.');
  });
});

describe('tuning-27: names and numbers beside the data', () => {
  it('a name before whose relation it is, "my daughter is June", a sole trader\'s own firm, a name corrected', () => {
    expect(sv('Det är marken vid huset, alltså, inte Mark min granne.')).toBe('Det är marken vid huset, alltså, inte [NAMN] min granne.');
    expect(en('My daughter is June, she was born in June, funny right.')).toBe('My daughter is [NAMN], she was born in June, funny right.');
    expect(sv('Min dotter är sjuk just nu.')).toBe('Min dotter är sjuk just nu.');
    expect(en("I run my own business, Dimitriou Taxi, it's a sole trader.")).toBe("I run my own business, [NAMN], it's a sole trader."); // (the trade with it since round 82)
    expect(en('Rosemary, no, Rosmarie Hellqvist.')).toBe('[NAMN], no, [NAMN].');
    expect(sv('Göteborg, nej förlåt, Anna Berg bor där.')).toBe('Göteborg, nej förlåt, [NAMN] bor där.');
  });
  it('"your plusgiro" is the caller\'s when the agent says it, the agency\'s when the caller does', () => {
    expect(call('en', 'agent: Thank you. And your plusgiro was 238 16 7-1?')).toEqual(['Thank you. And your plusgiro was [PLUSGIRO]?']);
    expect(call('en', 'caller: I paid to your bankgiro 5050-1055 last week.')).toEqual(['I paid to your bankgiro 5050-1055 last week.']);
  });
  it('a four-digit postcode closing the sentence after the suburb; a nationality is no address', () => {
    expect(en('The old one was 12 Banksia Crescent, Bondi, 2026.')).toBe('The old one was [ADRESS], Bondi, [POSTNUMMER].');
    expect(call('en', "caller: The Australian one we don't need. Email?")).toEqual(["The Australian one we don't need. Email?"]);
  });
});

describe('a first name that is a month, before a surname', () => {
  it('at the start of a sentence too ("Juni Hedlund, och ja …", "August Lindgren heter jag")', () => {
    expect(sv('Juni Hedlund, och ja, jag är född i juni, men det är inte därför.')).toBe('[NAMN], och ja, jag är född i juni, men det är inte därför.');
    expect(sv('August Lindgren heter jag, inte månaden.')).toBe('[NAMN] heter jag, inte månaden.');
    expect(sv('Det var i Juni Andersson ringde.')).toBe('Det var i Juni [NAMN] ringde.');
  });
});

describe('tuning-28: must-keep words beside the data', () => {
  it('a tax table, an institution named by a word, the district one lives in, the agency office after an address', () => {
    expect(sv('Skattetabell 32, kolumn ett, det är vad jag har nu.')).toBe('Skattetabell 32, kolumn ett, det är vad jag har nu.');
    expect(sv('Lind heter jag, Annika Lind, och det är inte samma som Vårdcentralen Lind.')).toBe('[NAMN] heter jag, [NAMN], och det är inte samma som Vårdcentralen Lind.');
    expect(sv('Jag bor i Rinkeby, Kvarnbyvägen 21, postnummer 163 71.')).toBe('Jag bor i Rinkeby, [ADRESS], postnummer [POSTNUMMER].');
    expect(sv('Vi hade ett möte på Kungsgatan 10 på ert kontor i Umeå, klockan 14:30.')).toBe('Vi hade ett möte på Kungsgatan 10 på ert kontor i Umeå, klockan 14:30.');
  });
  it('a year before "född är jag …" that names its own date', () => {
    expect(sv('Jag började jobba 1970, född är jag femtioett.')).toBe('Jag började jobba 1970, född är jag [FÖDELSEDATUM].');
  });
  it('"Berg heter vi", a floor by name, an id after "ID", a postcode said and corrected', () => {
    expect(sv('Berg heter vi, och vi bor inte på berget.')).toBe('[NAMN] heter vi, och vi bor inte på berget.');
    expect(en('Calle Orihuela 21, bajo, 03181.')).toBe('[ADRESS], [POSTNUMMER].');
    expect(en('Eritrean ID, ER 0048 2213 91, I came in 2015.')).toBe('Eritrean ID, [ID-NUMMER], I came in 2015.');
    expect(sv('Ett två tre, fyrtiofem, nej, ett två tre, fyrtiosex, Farsta.')).toBe('[POSTNUMMER], nej, [POSTNUMMER], Farsta.');
    expect(sv('Det kostar 120, nej förlåt, 130 kronor.')).toBe('Det kostar 120, nej förlåt, 130 kronor.');
  });
});

describe('tuning-28: addresses abroad and corrected', () => {
  it('a Thai village line after "Moo", a Turkish street with its quarter, a two-word street at the start', () => {
    expect(sv('Han har ett hus där, 99/12 Moo 5, Ban Nong Bua, men det är inte registrerat här.')).toBe('Han har ett hus där, [ADRESS], men det är inte registrerat här.');
    expect(sv('Halva året, resten i Meram, Yaka Mahallesi, Gül Sokak 7, Konya.')).toBe('Halva året, resten i Meram, [ADRESS], Konya.');
    expect(sv('Brukets väg fem, nej, Bruksgatan fem, 735 35.')).toBe('[ADRESS], nej, [ADRESS], [POSTNUMMER].');
    expect(en('They want to ban 5 of them.')).toBe('They want to ban 5 of them.');
  });
});

describe('tuning-29', () => {
  it('a known first name before a verb of saying, a month as the surname after "jag heter", a street on "-svinget"', () => {
    expect(sv('Mark sa att jag skulle få fyra tusen tillbaka.')).toBe('[NAMN] sa att jag skulle få fyra tusen tillbaka.');
    expect(sv('Jag heter Anneli Juni, som månaden.')).toBe('Jag heter [NAMN], som månaden.');
    expect(sv('Och din adress, står det Rinkebysvinget 24?')).toBe('Och din adress, står det [ADRESS]?');
  });
});

describe('floors and flats said after the address', () => {
  it('"en trappa upp", "två trappor upp", "nedre botten", "segundo B", and a flat number corrected', () => {
    expect(sv('Öh, Tegnérgatan tjugotre, en trappa upp, 113 36.')).toBe('Öh, [ADRESS], [POSTNUMMER].');
    expect(sv('Han bor på Tallbacksvägen 8, två trappor upp i Borlänge.')).toBe('Han bor på [ADRESS] i Borlänge.');
    expect(sv('Och jag bor på Tjärnvägen sju, nedre botten, 952 61.')).toBe('Och jag bor på [ADRESS], [POSTNUMMER].');
    expect(en('My address is Calle del Olivo 8, segundo B, 29640 Fuengirola.')).toBe('My address is [ADRESS], [POSTNUMMER] Fuengirola.');
    expect(sv('Sjuttiofyra, lägenhet 1302, nej vänta, 1203.')).toBe('Sjuttiofyra, [ADRESS], nej vänta, [ADRESS].');
  });
});

describe('tuning-30: addresses and what stands beside them', () => {
  it('an ordinal street prefix, a shop chain, a country in English, a US state kept with its ZIP code redacted', () => {
    expect(sv('Mm, det är Fjärde Långgatan 22, andra våningen, i Majorna.')).toBe('Mm, det är [ADRESS], i Majorna.');
    expect(sv('Det är Tingsvägen 19, det är Lidl på hörnet.')).toBe('Det är [ADRESS], det är Lidl på hörnet.');
    expect(en('Her house is in Erbil, Iraq, Ankawa, street 40, house 18.')).toBe('Her house is in Erbil, Iraq, [ADRESS].');
    expect(en('Send it to PO Box 419, Portland, Oregon 97207.')).toBe('Send it to [ADRESS], Portland, Oregon [POSTNUMMER].');
  });
});

describe('tuning-30: numbers named after streets abroad', () => {
  it('a ZIP code in words after the state, "Via Roma, number thirty-eight", "Gül Sokak numara 12"', () => {
    expect(en('Chicago, Illinois, six oh six four oh.')).toBe('Chicago, Illinois, [POSTNUMMER].');
    expect(en('Via Roma, number thirty-eight, Bologna.')).toBe('[ADRESS], Bologna.');
    expect(sv('Yeni Mahalle, Gül Sokak numara 12')).toBe('[ADRESS]');
  });
});
