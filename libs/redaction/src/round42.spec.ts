import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call, one } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 42, from the blind tuning set tuning-53 (names and addresses in the middle of calls; its first run in
 * tuning-53/before-round-42.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 42: places that share a name with a person', () => {
  it('a place named as one ("en by som heter", "a village called") is kept, unless an address, a farm or a number is said with it', () => {
    expect(sv('Hon kommer från en by som heter Brösarp.')).toBe('Hon kommer från en by som heter Brösarp.');
    expect(en('Her family came from a village called Wenhaston.')).not.toMatch(/NAMN/);
    // (The second review's: a village someone lives in, or with post said to it, is their address.)
    expect(en('They live in a village called Wenhaston now.')).not.toMatch(/Wenhaston/);
    expect(sv('Hon bor i en by som heter Stensele, skriv bara det på kuvertet.')).not.toMatch(/Stensele/);
    // (The review's: a village where the farm or the house is the only one, or said with its number, is the address.)
    expect(sv('Han bor i en by som heter Berg, och posten går till Berg 114.')).not.toMatch(/Berg\b/);
    expect(sv('Vi bor i en by som heter Lund, min gård ligger där.')).not.toMatch(/Lund/);
    expect(en('We live in a little village called Thorpe, number 4 Thorpe.')).not.toMatch(/Thorpe/);
  });

  it('a name said again in the call after a verb of living and "i" / "in", where it is a town or country, is the place', () => {
    expect(call('sv', 'caller: Jag heter Lisa Mora.', 'caller: Jag bodde i Mora när jag var liten.')[1]).toBe('Jag bodde i Mora när jag var liten.');
    expect(call('en', 'caller: My name is Peter Preston.', 'caller: We lived in Preston for years.')[1]).toBe('We lived in Preston for years.');
    // (The second review's: not a first name from the call, nor a town before someone's home, "och …", "hennes …".)
    expect(call('en', "caller: My mum's name is Florence Hale.", 'caller: She lived in Florence for years.')[1]).not.toMatch(/Florence/);
    expect(call('sv', 'caller: Min sambo heter Nora.', 'caller: Vi bor i Nora och min lägenhet.')[1]).not.toMatch(/Nora/);
    expect(en("I live in Victoria and James's spare room.")).not.toMatch(/Victoria/);
    expect(sv('Jag bor i Madison, hennes lägenhet.')).not.toMatch(/Madison/);
    // (The review's: not after other verbs, nor where the same word is the name in the utterance, nor a person after "to".)
    expect(call('sv', 'caller: Hej, jag heter Ada Andersson.', 'caller: Ja, det står i Ada på blanketten.')[1]).not.toMatch(/Ada/);
    expect(one('en', "My mum's name is Florence, and she lived in Florence for years.")).not.toMatch(/Florence/);
    expect(en('The payment is in Jordan now, Jordan Smith, my son.')).not.toMatch(/Jordan/);
    expect(en('Um, I gave the form back to Georgia.')).not.toMatch(/Georgia/);
    expect(sv('Jag flyttade till Sofia.')).not.toMatch(/Sofia/);
    expect(en("I got a call from Georgia yesterday, she's my carer.")).not.toMatch(/Georgia/);
  });

  it('a known town after "i", or after a move "till" / "to", is no name found by its shape', () => {
    expect(sv('Nu bor jag hos dottern i Kristinehamn.')).toBe('Nu bor jag hos dottern i Kristinehamn.');
    expect(en('We moved from Phuket up to Chiang Mai last year.')).not.toMatch(/NAMN/);
  });
});

describe('round 42: care homes, wards and the rooms in them', () => {
  it('where the utterance names a care home, the home or ward named first is kept and the room after it is the address', () => {
    expect(sv('Mamma bor på Solgården nu, ett boende, rum 7.')).toMatch(/^Mamma bor på Solgården nu, ett .*\[ADRESS\]\.$/);
    // (Round 73: a care home said as where someone lives is an address, the project's decision — privacy fails closed; this spec kept the home.)
    expect(sv('Pappa bor på Solgläntans vårdboende, avdelning Tallen, rum 112.')).toBe('Pappa bor på [ADRESS].');
    // (The review's: a room, home care or a farm says nothing of a care home; where unclear, the place is the address.)
    expect(sv('Mamma bor på Solgården nu, rum 7, och hon trivs.')).toBe('Mamma bor på [ADRESS] nu, [ADRESS], och hon trivs.');
    expect(sv('Jag bor på Västergården, och hemtjänsten har slutat komma.')).not.toMatch(/Västergården/);
    expect(sv('Han är skriven på Norrgården, men bor egentligen på servicehuset.')).not.toMatch(/Norrgården/);
    expect(sv('Farfar bor på Skogsbo, alldeles själv, och nu vill vi ha ett boende åt honom.')).not.toMatch(/Skogsbo/);
    expect(sv('Hon bor på Ängsgården, ett boende, det är hennes gård.')).not.toMatch(/Ängsgården/);
    expect(en("It's a student room, Flogsta, Studentvägen 4, room 1326.")).toBe("It's a student room, [ADRESS].");
  });

  it('a ward by its number is no one called Ward', () => {
    expect(en('She was on Ward 12 North for a week.')).toBe('She was on Ward 12 North for a week.');
  });
});

describe('round 42: the parts of an address said on their own', () => {
  it('a street with no number ending in "-svängen", and an English one ending in View', () => {
    expect(sv('Jag bor på Hjulstasvängen, jag minns inte numret.')).toBe('Jag bor på [ADRESS], jag minns inte numret.');
    expect(en('She stays with her dad at 22 Lake View at weekends.')).toBe('She stays with her dad at [ADRESS] at weekends.');
  });

  it('a street said in a false start or a correction right before the address is the address too', () => {
    expect(en('The address is Elm Road, sorry, I mean Elm Grove, 27 Elm Grove.')).toBe('The address is [ADRESS], sorry, I mean [ADRESS], [ADRESS].');
    // (Not the same street named as a landmark elsewhere in the sentence.)
    expect(sv('Det står Ekgatan på skylten men jag bor på Ekgatan 19 C.')).toBe('Det står Ekgatan på skylten men jag bor på [ADRESS].');
  });

  it('a floor or a block said alone right before the flat is part of the address', () => {
    expect(en("It's sheltered housing, I'm in block D, flat 9.")).toBe("It's sheltered housing, I'm in [ADRESS], [ADRESS].");
    expect(sv('Hon bor hos mig, Tensta Allé 12, tredje, lägenhet 1302.')).toBe('Hon bor hos mig, [ADRESS], [ADRESS], [ADRESS].');
  });

  it("a farm's name found in an address is the address when named alone later in the call", () => {
    const lines = call('sv', 'caller: Vi har en gård, Granstorp 3, utanför Eksjö.', 'agent: Och postnumret?', 'caller: 575 91. Brevbäraren hittar inte till Granstorp.');
    expect(lines[2]).not.toMatch(/Granstorp/);
  });

  it('a street beside a landmark ("bakom ICA på …", "behind Tesco on …"), and the same street denied, is kept where no one lives there', () => {
    expect(sv('Jag ramlade bakom ICA på Torggatan, eller inte på Torggatan, men adressen är Ängsvägen 2.')).toBe('Jag ramlade bakom ICA på Torggatan, eller inte på Torggatan, men adressen är [ADRESS].');
    expect(en('It happened behind Tesco on Market Street, near the bus stop.')).toBe('It happened behind Tesco on Market Street, near the bus stop.');
    // (The review's: where the sentence says one lives there, or describes the home, the street is the address.)
    expect(sv('Vi bor bakom ICA på Torggatan.')).not.toMatch(/Torggatan/);
    expect(en("I'm behind Tesco on Hawthorn Drive, it's my house.")).not.toMatch(/Hawthorn/);
    expect(en('Our place is near Lidl on Mill Road.')).not.toMatch(/Mill/);
  });
});

describe('round 42: names said in passing', () => {
  it('a name set off by commas after a role, and whose name a thing is in', () => {
    expect(en('The nurse, Saoirse, said to call you after New Year.')).toBe('The nurse, [NAMN], said to call you after New Year.');
    expect(en("The account is with Barclays, it's in Declan's name, my husband.")).toBe("The account is with Barclays, it's in [NAMN] name, my husband.");
    expect(sv('Kontot står i Göstas namn.')).toBe('Kontot står i [NAMN] namn.');
    expect(en("It's in Mum's name, and the Council's name is on the letter.")).toBe("It's in Mum's name, and the Council's name is on the letter.");
    expect(en('The worker, Council, said no.')).toBe('The worker, Council, said no.');
  });
});

describe('round 42: leaks a review saw before', () => {
  it('a town of two words said again after a verb of living and "i" / "in" is the place', () => {
    const lines = call('sv', 'caller: Min svärfar heter Somchai Thani.', 'caller: Vi bodde i Udon Thani i tio år.');
    expect(lines[1]).toBe('Vi bodde i Udon Thani i tio år.');
  });

  it('a British National Insurance number written small keeps none of its letters', () => {
    expect(en('My national insurance number is qq 12 34 56 c.')).toBe('My national insurance number is [ID-NUMMER].');
  });

  it('where the turn names an e-mail, a local part, an "at" and a provider of a word or two are the address', () => {
    expect(en('My email is jsmith at virgin media.')).toBe('My email is [EPOST].');
    expect(en('Email me at kpatel at sky.')).toBe('Email me at [EPOST].');
    // (Not an hour, a place, or "på" in Swedish: "vill ha kopior på mejl".)
    expect(en('I sent an email at nine to the office.')).toBe('I sent an email at nine to the office.');
    expect(en('Email the office at nine tomorrow.')).toBe('Email the office at nine tomorrow.');
    expect(en('I emailed my caseworker at Jobcentre Plus.')).toBe('I emailed my caseworker at Jobcentre Plus.');
    expect(sv('Mejlen är på jobbet at telia.')).toBe('Mejlen är på jobbet at telia.');
    expect(sv('Vill du ha kopior på mejl?')).toBe('Vill du ha kopior på mejl?');
  });

  it('an English street of one word ending in "way" after its number is an address, two houses too', () => {
    expect(en("It's 14 Kingsway, Croydon.")).toBe("It's [ADRESS], Croydon.");
    expect(en("It's 14 and 16 Ridgeway, we knocked through.")).toBe("It's [ADRESS], we knocked through.");
    expect(en('He paid 400 Northway Insurance.')).toBe('He paid 400 Northway Insurance.');
    expect(en('I took the 14 Broadway bus.')).toBe('I took the 14 Broadway bus.');
    expect(en('I paid 40 Subway.')).toBe('I paid 40 Subway.');
    // (A Finnish flat, "as 12", only with its digits: not "written as zero", seen in a journal tuning call.)
    expect(en('I can see one thing: the savings are written as zero.')).toBe('I can see one thing: the savings are written as zero.');
  });
});

describe('round 42: a verb after a relation', () => {
  it('a surname in lower case right after a relation is the verb it also is, where a first name would stand', () => {
    // (Seen in a journal tuning call: "när makan åker till Portugal" was written "makan [NAMN]".)
    expect(sv('Och sen när makan åker till Portugal i mars så får hon anmäla det.')).toBe('Och sen när makan åker till Portugal i mars så får hon anmäla det.');
    expect(sv('Min dotter åker hem i morgon.')).toBe('Min dotter åker hem i morgon.');
    expect(sv('Min dotter Åsa åker hem.')).toBe('Min dotter [NAMN] åker hem.');
  });
});
