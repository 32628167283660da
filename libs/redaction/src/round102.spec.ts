import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 102 (tuning-112: deaths and estates — widows, children, lawyers and funeral firms calling about the dödsbo).
 * Sentences of the round's own, not the set's. Each `describe` fixes one mechanism; the guards beside it show what stays
 * kept or redacted.
 */

describe('round 102: the name people called someone by, said in the past ("folk sa …")', () => {
  it('redacts the nickname after "folk sa", "alla sade"', () => {
    expect(one('sv', 'Han hette Bogdan, men folk sa Bogge.')).toBe('Han hette [NAMN], men folk sa [NAMN].');
    expect(one('sv', 'Hon hette Ingegerd, alla sade Gerd på jobbet.')).toBe('Hon hette [NAMN], alla sade [NAMN] på jobbet.');
  });
  it('keeps what people said that is no name', () => {
    expect(one('sv', 'Folk sa att det var kallt.')).toBe('Folk sa att det var kallt.');
    expect(one('sv', 'Alla sa Stockholm då.')).toBe('Alla sa Stockholm då.');
  });
});

describe('round 102: a first name after an assistant, a secretary or a colleague', () => {
  it('redacts the name after "min assistent", "my secretary", "my colleague", a town\'s name too', () => {
    expect(one('sv', 'Ring växeln och fråga efter min assistent Nora.')).toBe('Ring växeln och fråga efter min assistent [NAMN].');
    expect(one('en', 'If I am out, ask for my assistant Nora.')).toBe('If I am out, ask for my assistant [NAMN].');
    expect(one('en', 'Leave it with my secretary Ottilie.')).toBe('Leave it with my secretary [NAMN].');
    expect(one('en', 'Speak to my colleague Hester about the will.')).toBe('Speak to my colleague [NAMN] about the will.');
  });
  it('keeps the role with no name after it', () => {
    expect(one('sv', 'Min assistent ringer er i morgon.')).toBe('Min assistent ringer er i morgon.');
    expect(one('en', 'My colleague will send the inventory.')).toBe('My colleague will send the inventory.');
  });
});

describe('round 102: a relation written as a title in lower case ("grandad Reggie")', () => {
  it('redacts the name after the lower-case title', () => {
    expect(one('en', 'It was grandad Reggie who paid for the stone.')).toBe('It was grandad [NAMN] who paid for the stone.');
    expect(one('sv', 'Det var farfar Nisse som köpte stugan.')).toBe('Det var farfar [NAMN] som köpte stugan.');
  });
  it('keeps what is no name after it', () => {
    expect(one('en', 'My grandad paid for the stone.')).toBe('My grandad paid for the stone.');
    expect(one('en', 'The faster Payments service took a day.')).toBe('The faster Payments service took a day.');
  });
});

describe('round 102: a firm of a surname "and Sons" / "och Söner"', () => {
  // (Review 102 took "and"/"och" back out: a title, a role or a relation before the surname and the speaker's own surname
  // after the firm came out whole. The firm joined by the word is redacted again, privacy fails closed.)
  it('redacts the firm with its partners joined by the word (review 102)', () => {
    expect(one('en', 'Hello, this is Dev from Whitcombe and Sons Funeral Directors, about a client.')).not.toMatch(/Whitcombe/);
    // ("Jag ringer från Lindgren och Söner om ett dödsbo" stays kept as on the parent, by the firm after "ringer från".)
    expect(one('sv', 'Min kollega Lindgren och Söner har fakturan.')).not.toMatch(/Lindgren/);
  });
  it('redacts the surname after a first name, and a first name "and Sons"', () => {
    expect(one('en', 'I am calling for Tom Whitcombe and Sons Funeral Directors.')).not.toMatch(/Tom|Whitcombe/);
    expect(one('en', 'We met Karen and Sons.')).not.toMatch(/Karen/);
  });
});

describe('round 102: an estate\'s figure read with its thousands after its heading', () => {
  it('keeps a heading and a sum of ten thousand or more, in words', () => {
    expect(one('en', "Yes, I've got it here, Savings two hundred and forty-one thousand, Liabilities thirty thousand six hundred.")).toBe(
      "Yes, I've got it here, Savings two hundred and forty-one thousand, Liabilities thirty thousand six hundred.",
    );
    expect(one('en', 'Yes, I have it, Savings two hundred and forty-one thousand.')).toBe('Yes, I have it, Savings two hundred and forty-one thousand.');
  });
  it('redacts a house number in words after a street word, and a smaller number after a name', () => {
    expect(one('en', 'She lived at twelve Rosebank Road, Savings in the bank.')).toContain('[ADRESS]');
    expect(one('en', 'My address is Brook Lane one hundred and twelve.')).not.toMatch(/Brook Lane|twelve/);
  });
});

describe('round 102: the sixty added to a samordningsnummer\'s day, said after it', () => {
  // 621283-4516: day 83 = 23 + 60, Luhn-valid.
  it('keeps "plus sextio", "sixty added" after the number', () => {
    expect(one('sv', 'Hans samordningsnummer är sextiotvå tolv åttiotre, fyrtiofem sexton. Det är plus sextio på dagen.')).toBe(
      'Hans samordningsnummer är [SAMORDNINGSNUMMER]. Det är plus sextio på dagen.',
    );
    expect(call('sv', 'caller: Sextiotvå tolv åttiotre, fyrtiofem sexton.', 'caller: Man lägger till sextio på dagen.')[1]).toBe('Man lägger till sextio på dagen.');
  });
  it('redacts the number itself, and a sixty that is no adding', () => {
    expect(one('en', 'It is sixty-two twelve eighty-three, forty-five sixteen, the day has sixty added.')).not.toMatch(/sixty-two|forty-five/);
    expect(one('sv', 'Sextiotvå tolv åttiotre, fyrtiofem sexton, sextio.')).not.toMatch(/sextio\./);
  });
});
