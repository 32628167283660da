import { describe, expect, it } from 'vitest';
import { draft, noteText } from './testing/drafts.js';

// Round 61, from tuning set 53 (who is who when someone calls for the customer). "Kunden"/"the customer" is the person the
// errand concerns; someone calling for them is "den som ringer"/"the caller". Sentences written for these tests, not from
// any eval set. Call date Monday 9 March 2026.

describe('someone calling for the customer is "den som ringer", the person called for is "kunden"', () => {
  it('a child calling for a parent: the caller\'s own holiday stays with the caller, the parent is "kunden"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag ringer för min mamma, [NAMN], [PERSONNUMMER]. Hon undrar varför hennes garantipension har sänkts.',
      'agent: Den sänktes från mars eftersom hennes tjänstepension höjdes.',
      'caller: Jaha. Jag åker själv på semester till Grekland nästa vecka, så jag hinner inte ringa igen.',
      'agent: Det behövs inte. Beslutet är rätt.',
      'caller: Okej, tack.',
    ]);
    const note = noteText(d);
    expect(note).not.toMatch(/Kunden (?:uppgav:|åker)/u);
    expect(note).toMatch(/Den som ringer åker själv på semester/u);
    expect(d.sections.find((x) => x.key === 'callerSaid')?.title).toBe('Den som ringer uppgav');
  });

  it('the identity number a relative reads out is the customer\'s, given by the caller', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag ringer för min farfar. Han har inte fått sin pension den här månaden.',
      'agent: Vad har han för personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Den betalades ut i dag, den syns på kontot i eftermiddag.',
      'caller: Bra, då säger jag det till honom.',
    ]);
    expect(noteText(d)).toMatch(/Den som ringer uppgav personnummer för den som ärendet gäller\./u);
  });

  it('a förvaltare calling for the principal is "den som ringer", with their own matters', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag är förvaltare för [NAMN], [PERSONNUMMER]. Hans bostadstillägg har inte kommit i mars.',
      'agent: Jag ser ditt förordnande. Bostadstillägget betalas den tjugosjätte, det är inte utbetalt än.',
      'caller: Okej. Jag flyttar själv mitt kontor i april, så jag hör av mig om adressen.',
      'agent: Det går bra.',
      'caller: Tack.',
    ]);
    const note = noteText(d);
    expect(note).not.toMatch(/(?<![\p{L}])[Kk]unden flyttar/u);
    expect(note).toMatch(/[Dd]en som ringer flyttar själv/u);
  });

  it('a customer calling themself about a dead spouse stays "Kunden"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min man dog i januari och jag har sökt efterlevandepension.',
      'agent: Vad har du för personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Ansökan kom in i februari och den är komplett. Beslutet kommer inom tre veckor.',
      'caller: Tack, då väntar jag.',
    ]);
    const note = noteText(d);
    expect(note).toMatch(/Kunden uppgav sitt personnummer\./u);
    expect(note).not.toMatch(/den som ringer/iu);
  });

  it('a relative only mentioned ("min dotter hjälper mig") does not make the caller someone else', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag ringer om min pension, min dotter brukar hjälpa mig med pappren. Den har inte kommit.',
      'agent: Den betalades ut i dag och syns på kontot i eftermiddag.',
      'caller: Då så, tack.',
    ]);
    expect(noteText(d)).not.toMatch(/den som ringer/iu);
  });

  it('an interpreter speaks as the customer: "Kunden", not "den som ringer"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Tolken här, jag tolkar för [NAMN], [PERSONNUMMER]. Jag har flyttat till en ny lägenhet och breven kommer inte fram.',
      'agent: Jag registrerar den nya adressen nu.',
      'caller: Tack så mycket.',
    ]);
    expect(noteText(d)).not.toMatch(/den som ringer/iu);
  });

  it('English: the son a parent holds a power of attorney for is "the customer", and the parent\'s number line says whose', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello, I have a power of attorney for my son. His activity compensation stopped in February.',
      'agent: What is his personal identity number?',
      'caller: [PERSONNUMMER].',
      'agent: I can see the power of attorney. It stopped because the decision ran out in January. He can apply again.',
      'caller: Right. I will tell him.',
    ]);
    const note = noteText(d);
    expect(note).toMatch(/The caller gave the identity number of the person the errand concerns\./u);
    expect(note).not.toMatch(/The caller's son/u);
    expect(note).toMatch(/The customer can apply again/u);
  });
});

describe('a relative who died, or one on the line, is not made the caller', () => {
  it('"Jag ringer om min pappa, han dog i april": the dead father stays the caller\'s, not "kunden"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag ringer om min pappa, han dog i april. Det kom pension till hans konto i maj ändå.',
      'agent: Jag beklagar. Den betalas tillbaka av dödsboet, ni får ett brev om det.',
      'caller: Okej, tack.',
    ]);
    const note = noteText(d);
    expect(note).not.toMatch(/(?<![\p{L}])[Kk]unden(?: \(den uppringandes pappa\))? dog/u);
  });

  it('the relative\'s own words after their mark on the line are not rewritten as the caller\'s', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag ringer för min morfar, [NAMN], [PERSONNUMMER]. Han har fått ett brev om bostadstillägg.',
      'agent: Då behöver jag höra din morfar säga att det går bra att vi pratar.',
      'caller: Han sitter bredvid. [morfar:] Ja, jag är här, det går bra.',
      'agent: Tack. Brevet gäller den årliga kontrollen, den behöver komma in senast den 30 mars.',
      'caller: Då skickar jag den i helgen.',
    ]);
    expect(noteText(d)).not.toMatch(/den som ringer är här/u);
  });
});

describe('English: "the caller\'s father" called for is "the customer", a possessive kept and a contraction written out', () => {
  it('"my father\'s pension application" stays a possessive; "he\'s 90" is "is"', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi, I\'m calling for my father. I sent in my father\'s housing supplement application in January and heard nothing.',
      'agent: What is his personal identity number?',
      'caller: [PERSONNUMMER]. My father\'s ninety and he worries.',
      'agent: It arrived on the tenth of February. The decision comes within four weeks.',
      'caller: Thank you.',
    ]);
    const note = noteText(d);
    expect(note).not.toMatch(/customer is housing/u);
    expect(note).not.toMatch(/The caller's father/u);
  });
});
