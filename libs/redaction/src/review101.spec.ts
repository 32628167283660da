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
