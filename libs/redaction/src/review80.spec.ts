import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 80: what the privacy review of round 80 found, in sentences of our own (the probes' kinds, not only the
 * probes). Each `describe` is one mechanism: the finding's tests fail on round 80's rules; the guards pass on both.
 */
describe('review 80: a value read with thousands right after its own identifier word (roundSum)', () => {
  it('redacts an account, giro, phone or customer number said as one value ending in hundreds', () => {
    expect(one('sv', 'Kontot är sextiofemtusen åttahundra.')).not.toContain('sextiofemtusen');
    expect(one('sv', 'Mitt bankgironummer är trehundraåttiotusen sjuhundra.')).not.toContain('trehundraåttiotusen');
    expect(one('sv', 'Ring mig, telefonnumret är sexhundranittiotusen tvåhundra.')).not.toContain('sexhundranittiotusen');
    expect(one('en', 'My customer number is six hundred and thirty thousand four hundred.')).not.toContain('six hundred and thirty thousand');
  });
  it('redacts a card, an IBAN, a clearing and a personal number read so, even after a comma', () => {
    expect(one('en', 'The card ends in eighty-four thousand three hundred.')).not.toContain('eighty-four thousand');
    expect(one('sv', 'IBAN-numret slutar på trettioettusen femhundra.')).not.toContain('trettioettusen');
    expect(one('sv', 'Clearingnumret är åttiofemtusen niohundra, och kontot 552 118 904.')).not.toContain('åttiofemtusen');
    expect(one('sv', 'Personnumret är sextioåtta elva tjugo, och sen trettiotretusen sjuhundra.')).not.toContain('trettiotretusen');
  });
  it('redacts an account said after "alltså" with no money beside it (fails closed)', () => {
    expect(one('sv', 'Överföringen ska till kontot, alltså niohundrafyrtiotusen tvåhundra.')).not.toContain('niohundrafyrtiotusen');
  });
  it('guard: keeps a sum after an account was named, behind a clause break and with money said', () => {
    expect(one('sv', 'Ersättningen kom till mitt gamla konto på SEB, alltså fyrtioåttatusen trehundra som jag aldrig fått.')).toContain('fyrtioåttatusen trehundra');
    expect(one('en', 'It was paid into my old account at Barclays, I mean fifty-four thousand two hundred I never got.')).toContain('fifty-four thousand two hundred');
    expect(one('sv', 'Skattekontot, fyrtiosjutusen åttahundra är skulden.')).toContain('fyrtiosjutusen åttahundra');
  });
});

describe('review 80: "och/with the OCR" beside the caller\'s own account, card or passport (referenceNamed)', () => {
  it("redacts the number after the caller's own account, clearing, card or passport and an OCR", () => {
    expect(one('sv', 'Kontonumret och OCR 8105-3, 992 114 507-2.')).not.toContain('992 114 507');
    expect(one('sv', 'Mitt konto samt OCR 3300 7712 4590.')).not.toContain('3300 7712 4590');
    expect(one('en', 'Put it into my account with the OCR 6621 0045 318.')).not.toContain('6621 0045 318');
    expect(one('en', 'My passport number and the OCR 74410982.')).not.toContain('74410982');
    expect(one('sv', 'Plusgiro samt OCR 71 22 05-8.')).not.toContain('71 22 05-8');
  });
  it("redacts an account's shape named as an OCR even beside a payee's giro", () => {
    expect(one('sv', 'Betala till deras bankgiro och OCR 8214-7, 443 902 118.')).not.toContain('443 902 118');
  });
  it("guard: keeps the OCR beside a payee's giro or IBAN", () => {
    expect(one('en', 'You pay to our IBAN with the OCR 7731 0582 96.')).toContain('7731 0582 96');
    expect(one('sv', 'Betala in på Kronofogdens bankgiro med OCR 4410 2290 3318 7.')).toContain('4410 2290 3318 7');
  });
});

describe("review 80: the agent's read-back of a number asked by no name (agentsSum)", () => {
  it("redacts the read-back, and the caller's answer with it", () => {
    const out = call('en', 'agent: Which number do you have?', 'caller: The reference on it is 372 600.', 'agent: Three hundred and seventy-two thousand six hundred, good.');
    expect(out[1]).not.toContain('372 600');
    expect(out[2]).not.toContain('seventy-two thousand');
  });
  it('redacts a value the agent reads off the records, with no money said', () => {
    const out = call('en', "agent: What's your number?", "caller: I'd have to find it.", "agent: I've got it here, five hundred and eight thousand two hundred and nineteen.");
    expect(out[2]).not.toContain('five hundred and eight thousand');
  });
  it("guard: keeps the agent's own sum said with money", () => {
    const out = call('en', "agent: What's your number?", 'caller: 0739 112 458.', 'agent: Thank you. The debt is sixteen thousand four hundred and twenty.');
    expect(out[2]).toContain('sixteen thousand four hundred and twenty');
  });
});

describe('review 80: a year in words split off a sum under an identifier (splitYearFromSum)', () => {
  it('redacts the whole number after a phone, giro or account word', () => {
    expect(one('sv', 'Ring mig på nittonhundraåttiofyra, trehundrafemtiotusen sexhundratolv.')).not.toContain('nittonhundraåttiofyra');
    expect(one('en', 'Call me on twenty nineteen, four hundred and eighty thousand one hundred and six.')).not.toContain('twenty nineteen');
    expect(one('sv', 'Plusgiro nittonhundrasjuttioåtta, fyrtiotretusen.')).not.toContain('fyrtiotretusen');
  });
  it('redacts a year-like start with no year word before it, under an account question', () => {
    const out = call('sv', 'agent: Vilket konto ska pengarna till?', 'caller: Nittonhundrasjuttio, elvatusen fyrahundratolv, trettiosex nittio.');
    expect(out[1]).not.toContain('Nittonhundrasjuttio');
  });
  it('guard: keeps a year led by its word and the sum after it', () => {
    expect(one('en', 'The grant for twenty twenty-one, nine thousand eight hundred and forty, was late.')).toContain('nine thousand eight hundred and forty');
    expect(one('sv', 'Höstterminen tjugotjugotvå, åttatusen nånting fick jag tillbaka.')).toContain('tjugotjugotvå, åttatusen');
  });
});

describe('review 80 (shared): a valid personal number inside an OCR', () => {
  it('redacts an OCR that is "16" and a valid personal number', () => {
    expect(one('sv', 'Betala till Skatteverkets bankgiro med OCR 16198112189876.')).not.toContain('16198112189876');
    expect(one('en', 'Use the OCR 16198112189876 as the reference.')).not.toContain('198112189876');
  });
  it('guard: keeps an OCR with no valid personal number in it', () => {
    expect(one('sv', 'Betala till Skatteverkets bankgiro med OCR 16198112189875.')).toContain('16198112189875');
  });
});

describe('review 80: over-redaction of two capitalised words before pay', () => {
  it("keeps an organisation's or a feast's name before wages", () => {
    expect(one('en', 'It came out of Nordic Logistics\'s wages budget.')).toContain('Nordic Logistics');
    expect(one('en', 'The Football League\'s wages are too high.')).toContain('Football League');
    expect(one('sv', 'Det var på Kristi Himmelsfärds lön som det drogs.')).toContain('Kristi Himmelsfärds');
  });
  it('keeps the title and redacts the surname after it', () => {
    const out = one('en', 'They took it from Doctor Okafor\'s salary.');
    expect(out).toContain('Doctor');
    expect(out).not.toContain('Okafor');
  });
  it('guard: still redacts a first name and a surname before pay', () => {
    expect(one('en', 'Take it from Chidi Okafor\'s wages.')).not.toMatch(/Chidi|Okafor/);
  });
});

describe('review 80: over-redaction of a person said to be something after a confirmation', () => {
  it('keeps the age after "correct, she is"', () => {
    const out = call('en', 'agent: And which address?', 'caller: Right, he is 14.');
    expect(out[1]).toContain('14');
  });
  it('guard: still redacts the rest of an address after the confirmation', () => {
    const out = call('sv', 'agent: Du bor på Ekvägen 4, stämmer det?', 'caller: Ja, det stämmer, fyra A, tre trappor.');
    expect(out[1]).not.toMatch(/fyra A|tre trappor/);
  });
});
