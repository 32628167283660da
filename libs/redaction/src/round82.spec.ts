import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 82 (tuning-93: work, employers and sick leave). Sentences of the round's own, not the set's. Each `describe` fixes
 * one mechanism; the guards beside it show what stays kept or redacted.
 */
describe('round 82: a street after "the office", where no agency is named', () => {
  it('redacts the street of an employer\'s office', () => {
    expect(one('en', 'The training day is at the office in Solna, Ekelundsvägen 14?')).not.toContain('Ekelundsvägen 14');
    expect(one('en', 'The office moved to Fabriksgatan 9 in Borås.')).not.toContain('Fabriksgatan 9');
  });
  it("still keeps the agency's office named as its own", () => {
    expect(one('en', 'Försäkringskassan has the office at Kungsgatan 12, on the ground floor.')).toContain('Kungsgatan 12');
    expect(one('sv', 'Ni kan gå till ert kontor på Drottninggatan 24.')).toContain('Drottninggatan 24');
  });
});

describe('round 82: a firm with "Ltd", "Inc", "GmbH" or "Pty", partners joined by "&" too', () => {
  it('keeps the firm', () => {
    expect(one('en', 'I was a driver for Redfern Freight Pty until March.')).toContain('Redfern Freight Pty');
    expect(one('en', 'My employer is Castleton Data Ltd, in Gothenburg.')).toContain('Castleton Data Ltd');
    expect(one('en', 'Since June I work at Brandt & Voss GmbH as a fitter.')).toContain('Brandt & Voss GmbH');
    expect(one('en', 'They hired me through Bluecrest Staffing Inc last year.')).toContain('Bluecrest Staffing Inc');
  });
  it('still redacts a first name before "&", and a person said with the firm', () => {
    expect(one('en', 'My neighbour Karin & Voss AB')).not.toContain('Karin');
    expect(one('en', 'My name is Tom Brandt, I work at Castleton Data Ltd.')).not.toContain('Tom Brandt');
  });
});

describe('round 82: a hotel or a restaurant named by the word after it', () => {
  it('keeps the establishment', () => {
    expect(one('en', 'Yes, Hotel Fyrvaktaren, the owner was Lena Krantz.')).toContain('Hotel Fyrvaktaren');
    expect(one('sv', 'Ja, Restaurang Måsen, där jobbade jag i sex år.')).toContain('Restaurang Måsen');
  });
  it('still redacts the person named beside it, and a name given as the caller\'s', () => {
    expect(one('en', 'Yes, Hotel Fyrvaktaren, the owner was Lena Krantz.')).not.toContain('Lena Krantz');
    expect(one('en', 'My name is Hotel Fyrvaktaren.')).not.toContain('Fyrvaktaren');
  });
});

describe('round 82: a question for another identifier ends the turns an address answer had', () => {
  it('keeps a word and a number word in the answer to the phone question', () => {
    const out = call('en', 'agent: Where do you live?', 'caller: Fjällgatan 31, 116 28 Stockholm.', 'agent: And your mobile?', "caller: 070-174 06 05. That's my Danish one, sorry, I don't use it.");
    expect(out[3]).toContain('Danish one');
    expect(out[3]).not.toContain('06 05');
  });
  it('still reads the answer as an address where the question asks for it too', () => {
    const out = call('sv', 'agent: Och personnumret?', 'caller: 850412-3384.', 'agent: Personnummer, ja. Adressen?', 'caller: Storbacken fyrtiofem, åtta tre noll fyrtio, Storbacken.');
    expect(out[3]).not.toMatch(/Storbacken fyrtiofem|fyrtiofem/);
  });
  it('still takes the rest of the address said right after it', () => {
    const out = call('en', 'agent: Where do you live?', 'caller: Fjällgatan 31.', 'agent: Mm.', 'caller: Third floor, that is where my home is.');
    expect(out[1]).not.toContain('Fjällgatan');
  });
});

describe('round 82: a sole trader\'s firm named after her, with its trade', () => {
  it('redacts the trade with the name, and keeps the trade said later in the call', () => {
    const out = call('en', "caller: I'm a sole trader, Nina Backstrom Photography, I do wedding photography mostly.");
    expect(out[0]).not.toContain('Backstrom');
    const sv = call('sv', 'caller: Jag har enskild firma, Lindqvists Måleri, och nu kan jag inte måla.', 'agent: Vad gäller det?', 'caller: Måleri mest, och lite tapetsering.');
    expect(sv[0]).not.toMatch(/Lindqvists|Måleri,/);
    expect(sv[2]).toContain('Måleri mest');
  });
  it('still redacts the owner\'s name said again', () => {
    const out = call('sv', 'caller: Jag har enskild firma, Lindqvists Måleri.', 'agent: Och du heter?', 'caller: Sara Lindqvist.');
    expect(out[2]).not.toContain('Lindqvist');
  });
});
