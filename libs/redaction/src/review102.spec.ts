import { describe, expect, it } from 'vitest';
import { one } from './testing/dialogues.js';

/**
 * Review of round 102: the reviewer's failing probes, in sentences of our own. Each `describe` fixes one mechanism; the
 * guards beside it show what stays kept or redacted.
 */

describe('review 102: "and"/"och" no longer joins a surname to its partners (privacy fails closed)', () => {
  it('redacts the surname after a title, a role or a relation before "and Sons"/"och Söner"', () => {
    expect(one('en', 'It was Doctor Hollis and Sons who signed the form.')).not.toMatch(/Hollis/);
    expect(one('sv', 'Min advokat Lindgren och Söner har papperen.')).not.toMatch(/Lindgren/);
    expect(one('en', 'Uncle Reggie and Sons ran the garage.')).not.toMatch(/Reggie/);
  });
  it('redacts the speaker\'s own surname after the firm', () => {
    expect(one('en', 'Good morning, Hollis and Sons Okafor speaking.')).not.toMatch(/Okafor/);
    expect(one('sv', 'Du har nått Berg och Söner Nyström.')).not.toMatch(/Nyström/);
  });
  it('redacts a family firm named by the surname', () => {
    expect(one('sv', 'Pappa drev Lindgren och Söner i trettio år.')).not.toMatch(/Lindgren/);
    expect(one('en', "It's our family firm, Pritchard and Sons.")).not.toMatch(/Pritchard/);
  });
});

describe('review 102: "& Sons" takes only trade words after it, and no title before it', () => {
  it('redacts the speaker\'s surname after "& Sons" and a surname after a title', () => {
    expect(one('en', 'Whitcombe & Sons Patel here.')).not.toMatch(/Patel/);
    expect(one('sv', 'Lindgren & Söner Karlsson här.')).not.toMatch(/Karlsson/);
    expect(one('en', 'Doctor Hollis & Sons signed the certificate.')).not.toMatch(/Hollis/);
    expect(one('sv', 'Advokat Lindgren & Söner skickade bouppteckningen.')).not.toMatch(/Lindgren/);
  });
  it('keeps the firm with its partners and its trade', () => {
    expect(one('en', 'We used Johnson & Sons Lettings for the flat.')).toBe('We used Johnson & Sons Lettings for the flat.');
    expect(one('sv', 'Vi anlitade Lindqvist & Söner för flytten.')).toBe('Vi anlitade Lindqvist & Söner för flytten.');
  });
});

describe('review 102: "sa"/"sade" only after "folk", "alla", "dom", "de", before a name', () => {
  it('keeps quoted speech after "sa"', () => {
    expect(one('sv', 'Hon sa Hallå, är det Skatteverket?')).toBe('Hon sa Hallå, är det Skatteverket?');
    expect(one('sv', 'Alla sa Grattis på födelsedagen.')).toBe('Alla sa Grattis på födelsedagen.');
    expect(one('sv', 'Vi sa Farmor till henne.')).toBe('Vi sa Farmor till henne.');
    expect(one('sv', 'Dom sa Dödsboet efter honom på brevet.')).toBe('Dom sa Dödsboet efter honom på brevet.');
    expect(one('sv', 'De sade Norrland om allt norr om Dalälven.')).toBe('De sade Norrland om allt norr om Dalälven.');
  });
  it('still redacts the nickname after "folk sa", "alla sade"', () => {
    expect(one('sv', 'Han hette Bengt men folk sa Bengan.')).toBe('Han hette [NAMN] men folk sa [NAMN].');
  });
});

describe('review 102: a role at a firm (assistant, secretary, colleague) opens the name slot only before a name', () => {
  it('keeps a weekday, a holiday, an agency, a bank or a role after it', () => {
    expect(one('en', "I'll ask my secretary Monday morning.")).toBe("I'll ask my secretary Monday morning.");
    expect(one('en', 'My colleague Easter Monday is off.')).toBe('My colleague Easter Monday is off.');
    expect(one('sv', 'Min sekreterare Försäkringskassan ringde.')).toBe('Min sekreterare Försäkringskassan ringde.');
    expect(one('en', 'My colleague Barclays told us to wait.')).toBe('My colleague Barclays told us to wait.');
    expect(one('en', 'Our secretary Treasurer keeps the accounts.')).toBe('Our secretary Treasurer keeps the accounts.');
    expect(one('sv', 'Min assistent Juridik skickar det.')).toBe('Min assistent Juridik skickar det.');
  });
  it('still redacts a first name after it, a month\'s or a town\'s too', () => {
    expect(one('en', 'Leave it with my assistant Hester.')).toBe('Leave it with my assistant [NAMN].');
    expect(one('sv', 'Min sekreterare Maj tar det i maj.')).toBe('Min sekreterare [NAMN] tar det i maj.');
  });
});

describe('review 102: a holiday after a lower-case kin title is no name', () => {
  it('keeps the holiday', () => {
    expect(one('sv', 'Vi åt hos mormor Annandag jul.')).toBe('Vi åt hos mormor Annandag jul.');
  });
  it('still redacts a name after the lower-case title', () => {
    expect(one('sv', 'Det var farfar Nisse som ringde.')).toBe('Det var farfar [NAMN] som ringde.');
  });
});

describe('review 102: a samordningsnummer with its "sixty added" said between its pieces', () => {
  // 621283-4516: day 83 = 23 + 60, Luhn-valid.
  it('joins the pieces around the sixty into the number', () => {
    expect(one('en', 'The number is 621283, sixty added, 4516.')).not.toMatch(/4516|621283/);
    expect(one('en', 'Six two one two eight three, plus sixty, four five one six, that is it.')).not.toMatch(/four five one six|Six two one/);
  });
  it('keeps two numbers that do not validate around a sixty', () => {
    expect(one('en', 'We paid 1200, sixty added, 4000 in total.')).toContain('4000');
  });
});
