import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 82: what the privacy review of round 82 found, in sentences of our own (the probes' kinds, not only the
 * probes). Each `describe` is one mechanism: the finding's tests fail on round 82's rules; the guards pass on both.
 */
describe('review 82: a person\'s name before a company suffix (companyNameEnd\'s suffix loop)', () => {
  it('redacts a first name and surname before "Ltd", "Inc", "ApS", "GmbH", "Plc"', () => {
    expect(one('en', 'My wages came from Peter Lund Ltd last spring.')).not.toContain('Lund');
    expect(one('en', 'Sam Reid Ltd.')).not.toContain('Reid');
    expect(one('en', 'The contract was with Ole Hansen ApS in Aarhus.')).not.toContain('Hansen');
    expect(one('en', 'Marcus Lee Inc sends me the payslips.')).not.toContain('Lee');
  });
  it('redacts the same before capital "AB" and "LTD"', () => {
    expect(one('sv', 'Jag fick lön från Peter Lund AB i mars.')).not.toContain('Lund');
    expect(one('en', 'I invoiced Anna Berg LTD every month.')).not.toContain('Berg');
  });
  it('redacts a person framed before the suffix: a relation, a self-introduction', () => {
    expect(one('en', 'My neighbour Okafor Brennan Inc does the books for me.')).not.toMatch(/Okafor|Brennan/);
    expect(one('en', "Hi, I'm Dalgaard Holm ApS, calling about my pay.")).not.toMatch(/Dalgaard|Holm/);
  });
  it('guard: keeps a firm with the suffix', () => {
    expect(one('en', 'I was a driver for Redfern Freight Pty until March.')).toContain('Redfern Freight Pty');
    expect(one('en', 'My employer is Castleton Data Ltd, in Gothenburg.')).toContain('Castleton Data Ltd');
    expect(one('sv', 'Jag jobbar på Hallbergs Måleri AB sedan i fjol.')).toContain('Hallbergs Måleri AB');
  });
});

describe('review 82: "&" before a suffix after a first name, whatever else the lists say the word is', () => {
  it('redacts the first name, and the surname after it', () => {
    expect(one('en', 'Jonas & Keller GmbH.')).not.toContain('Jonas');
    expect(one('en', 'They took me on at Peter Brandt & Voss GmbH in Bremen.')).not.toMatch(/Peter|Brandt/);
    expect(one('en', 'Sam Okoro & Partners Ltd pays my wages.')).not.toMatch(/Sam|Okoro/);
  });
  it('guard: keeps surnames joined by "&" before the suffix', () => {
    expect(one('en', 'Since June I work at Brandt & Voss GmbH as a fitter.')).toContain('Brandt & Voss GmbH');
  });
});

describe('review 82: a sole trader\'s own firm with a suffix', () => {
  it('redacts the owner\'s name in it', () => {
    expect(one('en', "I'm a sole trader, Lindahl Konsult Ltd.")).not.toContain('Lindahl');
    expect(one('sv', 'Jag har enskild firma, Bergkvists Bygg AB, men jobbar ensam.')).not.toContain('Bergkvist');
  });
});

describe('review 82: a hotel or a restaurant named after a person', () => {
  it('redacts a first name after the hotel\'s word, and the definite "Hotellet"', () => {
    expect(one('sv', 'Hotellet Maria sa att passet var slut.')).not.toContain('Maria');
    expect(one('sv', 'Hotellet Lindgren ringde i går.')).not.toContain('Lindgren');
    expect(one('sv', 'Restaurangen Holm sa upp mig.')).not.toContain('Holm');
    expect(one('en', 'Hotel Nora said I could not come back.')).not.toContain('Nora');
  });
  it('redacts the word when the same word is a person\'s in the turn or the call, or asked back', () => {
    expect(one('sv', 'Min chef Ulla Sjöberg äger Restaurang Sjöberg.')).not.toContain('Sjöberg');
    expect(one('en', 'Hotel Bergman? No, Bergman is my boss.')).not.toContain('Bergman');
    expect(one('en', 'Restaurant Wikström?')).not.toContain('Wikström');
    const out = call('sv', 'caller: Min chef heter Karl Dahlqvist.', 'agent: Okej.', 'caller: Han äger Hotell Dahlqvist.');
    expect(out[2]).not.toContain('Dahlqvist');
  });
  it('guard: keeps the hotel and the restaurant named so', () => {
    expect(one('en', 'Yes, Hotel Fyrvaktaren, the owner was Lena Krantz.')).toContain('Hotel Fyrvaktaren');
    expect(one('sv', 'Ja, Restaurang Måsen, där jobbade jag i sex år.')).toContain('Restaurang Måsen');
    expect(one('sv', 'Jag städade på Hotell Kronhamn i två år.')).toContain('Hotell Kronhamn');
    expect(call('en', 'agent: And who was your supervisor at Hotel Kronhamn?', 'caller: Lena Krantz.')[0]).toContain('Hotel Kronhamn');
  });
});

describe('review 82: a surname that is a trade word, said again (remember)', () => {
  it('redacts it when said again in the call', () => {
    const out = call('sv', 'caller: Min handledare heter Lena Salong.', 'agent: Mm.', 'caller: Salong sa att jag skulle gå hem.');
    expect(out[2]).not.toContain('Salong');
    const en = call('sv', 'caller: Min chef heter Olle Handel.', 'agent: Och Handel, stavas det som ordet?');
    expect(en[1]).not.toContain('Handel');
  });
  it('keeps the sole trader\'s own trade later in the call, a trade the lists know as a surname too', () => {
    const out = call('sv', 'caller: Jag har enskild firma, Sandbergs Bygg.', 'agent: Vad gör du?', 'caller: Bygg mest, och lite måleri.');
    expect(out[0]).not.toContain('Sandbergs');
    expect(out[2]).toContain('Bygg mest');
  });
});

describe('review 82: "agency" after a trade word is not the agency (officeBefore)', () => {
  it('redacts the street of "the office" in a sentence about a staffing or travel agency', () => {
    expect(one('en', 'The staffing agency sent me to the office at Hamngatan 8 every morning.')).not.toContain('Hamngatan 8');
    expect(one('en', 'I worked for a travel agency, the office at Sveavägen 31.')).not.toContain('Sveavägen 31');
    expect(one('en', 'I was an agency nurse, the office at Vasagatan 11 paid me.')).not.toContain('Vasagatan 11');
  });
  it("guard: keeps the agency's own office", () => {
    expect(one('en', 'The agency has the office at Kungsgatan 12, on the ground floor.')).toContain('Kungsgatan 12');
    expect(one('en', 'Försäkringskassan has the office at Kungsgatan 12, on the ground floor.')).toContain('Kungsgatan 12');
  });
});
