import { describe, expect, it } from 'vitest';
import { guardText } from './leak-scan.js';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 87: the new leaks its reviewer found, in sentences of our own. Each `describe` fixes one mechanism; the
 * guards beside it pass before and after the fix.
 */

describe('review 87: "baht"/"thb" after a number is no unit that keeps an identifier', () => {
  it('redacts an account, a phone and an ID number said before "baht" or "thb"', () => {
    expect(one('en', 'The account number is 5521907734 baht.')).not.toContain('5521907734');
    expect(one('sv', 'Kontonumret är 552 190 7734 baht.')).not.toContain('552 190 7734');
    expect(one('en', 'Transfer to account 66443322 thb please.')).not.toContain('66443322');
    expect(one('en', 'Her phone is 66898765432 baht.')).not.toContain('66898765432');
    expect(call('en', 'agent: And the Thai ID card number?', 'caller: 1 2345 67890 12 3 baht.')[1]).not.toContain('67890');
  });
  it('the leak scan keeps no long run before "baht"', () => {
    expect(guardText('Account 5521907734 baht.', { lang: 'en' }).text).not.toContain('5521907734');
    expect(guardText('Send it to 66443322 THB.', { lang: 'en' }).text).not.toContain('66443322');
  });
  it('still keeps an amount said with a thousands word, and a personal number stays redacted', () => {
    expect(one('en', 'We live on about forty thousand baht a month.')).toContain('forty thousand baht');
    expect(one('sv', 'Hyran är femton tusen baht.')).toContain('femton tusen baht');
    expect(one('en', 'Personal number 19580114-2398 baht.')).not.toContain('2398');
  });
});

describe('review 87: a person whose name is also a town of two words', () => {
  it('redacts a first name and any name after "i"/"in" without a word of living', () => {
    expect(one('en', 'I trust in Albert Lea, my neighbour.')).not.toContain('Albert Lea');
    expect(one('sv', 'Jag är förälskad i Charlotte Amalie.')).not.toContain('Charlotte Amalie');
    expect(one('sv', 'Jag har tillit i Isla Cristina.')).not.toContain('Isla Cristina');
  });
  it('redacts a town said again that was given as the person\'s name in the call', () => {
    const lines = call('en', 'agent: What is your daughter called?', 'caller: Charlotte Amalie.', 'agent: And is Charlotte Amalie where she lives as well?', 'agent: She lives in Charlotte Amalie?');
    expect(lines[3]).not.toContain('Charlotte Amalie');
    expect(one('sv', 'Min syster heter Isla Cristina och hon bor i Isla Cristina.')).not.toContain('Isla Cristina');
  });
  it('still keeps a town of two words after a word of living, and redacts a person named beside it', () => {
    expect(one('sv', 'Mamma bor i Hua Hin sedan i fjol.')).toContain('Hua Hin');
    expect(one('en', 'My parents moved to a flat and live in Chiang Mai now.')).toContain('Chiang Mai');
    expect(one('sv', 'Jag ringde Diego Martin i går.')).not.toContain('Diego Martin');
  });
});

describe('review 87: a first name before "<Kind> Bank" is a person', () => {
  it('redacts a first name before a bank\'s kind', () => {
    expect(one('en', 'I talked with Peter Commercial Bank about it.')).not.toContain('Peter');
    expect(one('sv', 'Min rådgivare Karin National Bank ringde upp.')).not.toContain('Karin');
    expect(one('en', 'My son Oliver International Bank employs him.')).not.toContain('Oliver');
  });
  it('still keeps a bank named by a place or its own name', () => {
    expect(one('en', 'Our savings are at Siam Commercial Bank.')).toContain('Siam Commercial Bank');
    expect(one('en', 'The pension goes to Kasikorn National Bank.')).toContain('Kasikorn National Bank');
  });
});

describe('review 87: "he is"/"she is" is no age after a piece of an identifier', () => {
  it('redacts the digits said after "he is" when the last digits or a number were asked', () => {
    expect(call('en', 'agent: What are the last digits of his account?', 'caller: He is 347.')[1]).not.toContain('347');
    expect(call('en', 'agent: Her mobile number?', 'caller: 0709 876 5, she is 43.')[1]).not.toContain('43');
  });
  it('still keeps "he is" an age after a whole personal number, and "he\'s"', () => {
    expect(call('en', 'agent: His personal number?', 'caller: Bo Ek, 470302-1238. He is seventy-nine.')[1]).toContain('seventy-nine');
    expect(one('en', 'My husband is ill, he is 81 and tired.')).toContain('81');
  });
});
