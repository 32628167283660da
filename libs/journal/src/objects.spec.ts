import { describe, expect, it } from 'vitest';
import { nameTheObject } from './objects.js';

// Issue 14, error kind 3 ("Det skickar handläggaren i dag", the object lost). Sentences written for these tests.
describe('a task names its object', () => {
  it('Swedish: the document said last, of the pronoun\'s gender, in its definite form', () => {
    expect(nameTheObject('Kunden skickar den i dag.', ['Jag skickar en ansökningsblankett hem till dig.', 'Okej.'], 'sv')).toBe('Kunden skickar ansökningsblanketten i dag.');
    expect(nameTheObject('Kunden skickar det rekommenderat.', ['Jag har skickat hyresavtalet två gånger.'], 'sv')).toBe('Kunden skickar hyresavtalet rekommenderat.');
    expect(nameTheObject('Kunden ska be läkaren skicka det direkt.', ['Vi saknar ett läkarintyg.'], 'sv')).toBe('Kunden ska be läkaren skicka läkarintyget direkt.');
  });
  it('Swedish: a fronted pronoun ("Det kan handläggaren skicka hem") becomes the doer, the verb and the document', () => {
    expect(nameTheObject('Det kan handläggaren skicka hem till kunden.', ['Jag ville se mitt pensionsbesked.'], 'sv')).toBe('Handläggaren kan skicka pensionsbeskedet hem till kunden.');
  });
  it('English: "it" after a verb of sending becomes the document said last', () => {
    expect(nameTheObject('The agent will send it.', ['I need a fund change form.'], 'en')).toBe('The agent will send the form.');
    expect(nameTheObject('The caller will send it back.', ['You need a new life certificate, signed by a witness.'], 'en')).toBe('The caller will send the life certificate back.');
  });
  it('the pronoun stays where no document of its gender was said (a wrong object would be false)', () => {
    expect(nameTheObject('Kunden skickar den i dag.', ['Jag har skickat hyresavtalet två gånger.'], 'sv')).toBe('Kunden skickar den i dag.');
    expect(nameTheObject('The caller will send it.', ['It is about my pension.'], 'en')).toBe('The caller will send it.');
    expect(nameTheObject('Kunden skickar den.', ['Jag skickade blanketterna i maj.'], 'sv')).toBe('Kunden skickar den.');
  });
});
