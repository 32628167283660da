import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * The privacy review of round 101 (/work/rev101): its failing probes, in sentences of our own, each with its guards.
 * New leaks first (they fail closed), then the over-redactions fixed where a mechanism allowed.
 */

describe('review 101: a post box with its number in words is redacted whole (the form-box keep is gone)', () => {
  it('redacts the box when the town follows another word, the postcode is in words, or the address was asked a turn before', () => {
    expect(one('sv', 'Posten ska till Box elva, utanför Sollefteå.')).toBe('Posten ska till [ADRESS], utanför Sollefteå.');
    expect(one('sv', 'Jag har Box nitton, kommunen är Sorsele.')).toBe('Jag har [ADRESS], kommunen är Sorsele.');
    expect(one('en', 'Letters go to Box fifteen, that is it. Keswick.')).toBe('Letters go to [ADRESS], that is it. Keswick.');
    expect(one('sv', 'Det går till Box femtio, nittiosex fyrtio Jokkmokk.')).not.toMatch(/Box|femtio/);
    expect(call('en', 'agent: And your postal address?', 'caller: Box forty?', 'agent: Box forty, and the town?')).toEqual(['And your postal address?', '[ADRESS]?', '[ADRESS], and the town?']);
    expect(call('en', 'caller: It goes to Keswick, the post box.', 'agent: Box eleven?')[1]).toBe('[ADRESS]?');
  });
  it('never leaves the number beside a placeholder', () => {
    expect(one('sv', 'Skicka den till Box nio, utanför Sundsvall.')).not.toMatch(/nio/);
    expect(one('sv', 'Det är Box sjuttiotre, alltså i byn.')).toBe('Det är [ADRESS], alltså i byn.');
  });
  it('still keeps a box beside a form or a page word', () => {
    expect(one('en', 'Page two, box seven, I left that one blank.')).toContain('box seven');
  });
});

describe('review 101: a bare initial before a common word, a number word or a letter\'s compound is no name', () => {
  it('keeps "from C Block", "by E Mail", "av D Vitamin", "from Q One", "X Ray", "V Pay", "K Rådet", "H M"', () => {
    expect(one('en', 'The results came from C Block on the ward.')).toBe('The results came from C Block on the ward.');
    expect(one('en', 'It reached me by E Mail on Monday.')).toBe('It reached me by E Mail on Monday.');
    expect(one('sv', 'Doktorn sa att jag får för lite av D Vitamin.')).toBe('Doktorn sa att jag får för lite av D Vitamin.');
    expect(one('en', 'Rent from Q One to Q Two rose.')).toBe('Rent from Q One to Q Two rose.');
    expect(one('en', 'The picture came from X Ray on Friday.')).toBe('The picture came from X Ray on Friday.');
    expect(one('en', 'The rent was paid by V Pay.')).toBe('The rent was paid by V Pay.');
    expect(one('sv', 'Beslutet kom från K Rådet.')).toBe('Beslutet kom från K Rådet.');
    expect(one('sv', 'Hon får betalt av H M.')).toBe('Hon får betalt av H M.');
  });
  it('still redacts an initial and a surname, and two initials before one', () => {
    expect(one('en', 'The deposit came from W Ashcombe last week.')).toBe('The deposit came from [NAMN] last week.');
    expect(one('en', 'Faster payment from D K Ashcombe, rent.')).toBe('Faster payment from [NAMN], rent.');
    expect(one('sv', 'Pengarna kom från T Grönqvist igår.')).toBe('Pengarna kom från [NAMN] igår.');
  });
  it('reads "to" as a lead too ("sent it to G Pryce"), a letter\'s part after it still kept', () => {
    expect(one('en', 'I sent the money to W Ashcombe on Friday.')).toBe('I sent the money to [NAMN] on Friday.');
    expect(one('en', 'We walked over to C Block after lunch.')).toBe('We walked over to C Block after lunch.');
  });
});

describe('review 101: a case\'s, reference\'s, invoice\'s or OCR number is read on across no reader\'s aside', () => {
  // 1978-03-14, last four 3457: Luhn-valid (7803143457).
  // (Changed by the closing re-read of stop 65: a checksum-valid whole read across an aside is redacted whatever word names
  // it, failing closed; a case's number that does not validate, 7803143458, is still kept.)
  it('redacts a valid whole across an aside even where a kept-number word names it; keeps one that does not validate', () => {
    expect(one('sv', 'Ärendet har nummer sjuttioåtta noll tre fjorton, sen står det trettiofyra femtiosju.')).not.toMatch(/sjuttioåtta|femtiosju/);
    expect(one('en', 'The invoice number is seventy-eight oh three fourteen, and the rest says thirty-four fifty-seven.')).not.toMatch(/seventy-eight|fifty-seven/);
    expect(one('sv', 'Ärendet har nummer sjuttioåtta noll tre fjorton, sen står det trettiofyra femtioåtta.')).toBe('Ärendet har nummer sjuttioåtta noll tre fjorton, sen står det trettiofyra femtioåtta.');
  });
  it('still joins them where a personal number is spoken of, where no kept-number word names them, or with no aside', () => {
    expect(one('sv', 'Ärendet gäller personnumret sjuttioåtta noll tre fjorton, det står trettiofyra femtiosju.')).not.toMatch(/sjuttioåtta|femtiosju/);
    expect(one('sv', 'Här står det sjuttioåtta noll tre fjorton, eh, det står trettiofyra femtiosju.')).not.toMatch(/sjuttioåtta|femtiosju/);
    expect(one('sv', 'Ärendet har nummer sjuttioåtta noll tre fjorton, trettiofyra femtiosju.')).not.toMatch(/sjuttioåtta|femtiosju/);
  });
});

describe('review 101: a last four broken off is held only where later figures or a card, phone or personal number hold it', () => {
  it('keeps an age, a sum, a year or a count said after the taking back', () => {
    expect(one('sv', 'De sista fyra är elva... nej, de är sexton år gamla.')).toBe('De sista fyra är elva... nej, de är sexton år gamla.');
    expect(one('en', 'The last four were forty... no, fifty pounds a week.')).toBe('The last four were forty... no, fifty pounds a week.');
    expect(one('en', 'The last four are five six... no, wait, that was in twenty eighteen.')).toBe('The last four are five six... no, wait, that was in twenty eighteen.');
    expect(one('en', 'The last four are eleven... sorry, the last four weeks I got eleven hundred.')).toBe('The last four are eleven... sorry, the last four weeks I got eleven hundred.');
  });
  it('still redacts the piece when the figures put right begin with it, or a phone\'s last four was asked for', () => {
    expect(one('sv', 'Sista fyra är sex två... nej, förlåt, sex två åtta nio.')).not.toMatch(/sex två/);
    expect(call('en', 'agent: What are the last four of your phone?', 'caller: The last four are nine three... no, wait.')[1]).not.toMatch(/nine three/);
  });
});

describe('review 101: the possessive name memory', () => {
  it('does not remember kin said with the possessive as a name', () => {
    expect(call('en', "caller: It's Mum's flat, my mum's.", 'caller: Mum is eighty-eight.')[1]).toBe('Mum is eighty-eight.');
    expect(call('en', "caller: It is Dad's car, Dad's.", 'caller: Dad sold it.')[1]).toBe('Dad sold it.');
  });
  it('reads the curly apostrophe as the straight one', () => {
    expect(call('en', 'caller: The form is Eilidh’s, my daughter’s.', 'agent: Okay.', 'caller: I fill it in for Eilidh.')).toEqual(['The form is [NAMN], my daughter’s.', 'Okay.', 'I fill it in for [NAMN].']);
  });
  it('still remembers a name said with the possessive', () => {
    expect(call('en', "caller: That part is my wife's, Eilidh's.", 'caller: The account is joint with Eilidh.')[1]).toBe('The account is joint with [NAMN].');
  });
});
