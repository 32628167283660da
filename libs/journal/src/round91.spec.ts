import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText, section } from './testing/drafts.js';

// Round 91, from tuning set 81 (after a death in the family). Sentences written for these tests, not from any eval set.
// Call date Monday 9 March 2026.

const DAY = '2026-03-09';

describe("the agent's value the caller put right and the agent owned is not kept", () => {
  it('"Nej, den fjortonde." "Det stämmer, jag tittade på fel rad, det står den fjortonde mars." → no 12 mars', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Maria.',
        'caller: Hej, [NAMN]. Jag undrar över min flytt och bostadsbidraget.',
        'agent: Jag ser att flytten registrerades den tolfte mars.',
        'caller: Nej, den fjortonde. Jag var kvar i den gamla lägenheten till dess.',
        'agent: Det stämmer, jag tittade på fel rad, det står den fjortonde mars. Bidraget räknas om från april.',
        'caller: Okej, tack.',
      ],
      DAY,
    );
    expect(noteText(d)).not.toMatch(/12 mars/u);
    expect(noteText(d)).toMatch(/[Ff]lytten registrerades den 14 mars/u);
  });

  it('"Juni. Den tredje juni." "Förlåt, du har rätt, det står tredje juni." → no maj', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Per.',
        'caller: Hej, [NAMN]. Jag har sökt bostadstillägg och undrar hur det går.',
        'agent: Din ansökan kom in den tredje maj, ser jag.',
        'caller: Juni. Den tredje juni.',
        'agent: Förlåt, du har rätt, det står tredje juni, jag läste på en annan rad. Beslutet kommer inom några veckor.',
        'caller: Bra.',
      ],
      DAY,
    );
    expect(noteText(d)).not.toMatch(/maj/u);
    expect(noteText(d)).toMatch(/3 juni/u);
  });

  it('"My letter says three thousand six hundred." "You\'re right, I read the wrong line; …" → no 3 200', () => {
    const d = draft(
      'en',
      [
        'agent: Försäkringskassan, Tom.',
        'caller: Hi, [NAMN]. I got a letter about paying back parental benefit.',
        'agent: I see it. The overpayment is three thousand two hundred kronor.',
        'caller: My letter says three thousand six hundred!',
        "agent: You're right, three thousand six hundred is on the letter. I read the wrong line.",
        'caller: Can I pay it in parts?',
        'agent: Yes, you can ask for a payment plan in writing.',
      ],
      DAY,
    );
    expect(noteText(d)).not.toMatch(/3 200/u);
    expect(noteText(d)).toMatch(/overpayment is 3 600 kronor/u);
  });

  it('guard: the agent agreeing to another figure and naming its own again keeps its own', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Maria.',
        'caller: Hej, [NAMN]. Jag har fått ett återkrav.',
        'agent: Återkravet gäller tvåtusen kronor.',
        'caller: Men jag fick tretusen kronor i januari.',
        'agent: Det stämmer, tretusen betalades ut, och tvåtusen av dem ska betalas tillbaka.',
        'caller: Jaha.',
      ],
      DAY,
    );
    expect(noteText(d)).toMatch(/Återkravet gäller 2 000 kronor/u);
  });
});

describe("the caller's inference \"So X, not Y\" is no correction of the caller's own day", () => {
  it('"So April, not March." keeps the death on 3 March', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Tom.',
        'caller: Hi, [NAMN]. My husband died on the third of March and my pension is the same. Should it not go up?',
        'agent: The guarantee pension is raised from the month after the death.',
        'caller: So April, not March.',
        'agent: Exactly. You will get a decision before the April payment.',
      ],
      DAY,
    );
    expect(noteText(d)).toMatch(/3 March/u);
    expect(noteText(d)).not.toMatch(/3 April/u);
  });

  it('"Så april, inte mars?" keeps the death on 3 mars', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Per.',
        'caller: Hej, [NAMN]. Min fru dog den tredje mars och min pension är likadan. Borde den inte höjas?',
        'agent: Garantipensionen höjs från månaden efter dödsfallet.',
        'caller: Så april, inte mars.',
        'agent: Precis. Du får ett beslut före aprilutbetalningen.',
      ],
      DAY,
    );
    expect(noteText(d)).toMatch(/3 mars/u);
    expect(noteText(d)).not.toMatch(/3 april/u);
  });

  it('guard: the caller\'s own "It was April, not March." still puts the day right', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Tom.',
        'caller: Hi, [NAMN]. I moved to Spain in March and I want to know about my pension.',
        'agent: What do you want to know?',
        'caller: Sorry, it was April, not March. Is the pension paid abroad?',
        'agent: Yes, it is paid to your account abroad.',
      ],
      DAY,
    );
    expect(noteText(d)).not.toMatch(/in March/u);
  });
});

describe("a weak marker corrects only the speaker's own lines since the other party spoke", () => {
  it('"No, the older one turned ten last week." leaves "died in May" in the errand', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Tom.',
        "caller: Hi, [NAMN]. My partner died in May and I've applied for adjustment pension.",
        'agent: I am sorry. Do you have children living with you?',
        'caller: Two. They are six and, um, nine. No, the older one turned ten last week.',
        'agent: Then the pension can be extended.',
      ],
      DAY,
    );
    expect(errandLine(d)).toMatch(/died in May/u);
    expect(errandLine(d)).not.toMatch(/last week/u);
  });

  it('in Swedish: "Nej, den äldsta fyllde nio i förra veckan." leaves "dog i augusti"', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Per.',
        'caller: Hej, [NAMN]. Min sambo dog i augusti och jag har sökt omställningspension.',
        'agent: Jag beklagar. Har du barn som bor hos dig?',
        'caller: Två. De är fem och åtta. Nej, den äldsta fyllde nio i förra veckan.',
        'agent: Då kan pensionen förlängas.',
      ],
      DAY,
    );
    expect(errandLine(d)).toMatch(/i augusti/u);
    expect(errandLine(d)).not.toMatch(/förra veckan/u);
  });
});

describe('guards: a weak marker still reaches back where the other party took the value up, or for a bare value', () => {
  it('"Thirty-one?" … "No, you\'re right, it\'s thirteen thousand" puts the agent\'s amount right', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Tom.',
        'caller: Hi, [NAMN]. I want to know how much is in my premium pension fund.',
        'agent: Let me look. The fund holds about thirty-one thousand kronor.',
        'caller: Thirty-one? I thought it was more like thirteen.',
        "agent: Let me check. No, you're right, it's thirteen thousand kronor.",
        'caller: Okay, thanks.',
      ],
      DAY,
    );
    expect(noteText(d)).not.toMatch(/31 000/u);
  });

  it('"Vänta... okej, första maj." after "jag börjar i maj" still gives the day', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Maria.',
        'caller: Hej, [NAMN]. Jag vill att jag börjar min föräldraledighet i maj.',
        'agent: Det kan du lägga in i appen. Ska vi göra det tillsammans?',
        'caller: Ja. Vänta... okej, första maj.',
        'agent: Nu syns det.',
      ],
      DAY,
    );
    expect(noteText(d)).toMatch(/1 maj/u);
  });
});

describe('a step that waits for something to come is not dated by the call', () => {
  it('"Vi registrerar dem när de kommer in." has no day', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Per.',
        'caller: Hej, [NAMN]. Jag är syster och vill veta vad som betalats ut till min bror.',
        'agent: Då behöver vi fullmakter från alla dödsbodelägare.',
        'caller: Jag skickar dem när jag har fått underskrifterna.',
        'agent: Skicka dem i original. Vi registrerar dem när de kommer in.',
        'caller: Tack.',
      ],
      DAY,
    );
    const registers = section(d, 'followUp').find((t) => /registrerar/u.test(t.text));
    expect(registers).toBeDefined();
    expect(registers?.followUp?.dueDate).toBeUndefined();
  });

  it('"Du får ett brev …, skicka tillbaka det inom två veckor." dates no return from the call', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Per.',
        'caller: Hej, [NAMN]. Jag vill söka barnpension för min dotter.',
        'agent: Jag registrerar ansökan nu. Du får ett brev där du fyller i kontot, skicka tillbaka det inom två veckor.',
        'caller: Det gör jag.',
      ],
      DAY,
    );
    const back = section(d, 'followUp').find((t) => /tillbaka/u.test(t.text));
    expect(back).toBeDefined();
    expect(back?.followUp?.dueDate).toBeUndefined();
  });

  it('"When will I know?" "A decision usually comes within about six weeks after …" dates no return', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Tom.',
        'caller: Hi, [NAMN]. I want to apply for survivor support for my son.',
        "agent: I can register it now. You'll get a form to sign. Send it back within two weeks.",
        'caller: I will. When will I know?',
        'agent: A decision usually comes within about six weeks after we have the signed form.',
        'caller: Thanks.',
      ],
      DAY,
    );
    const back = section(d, 'followUp').find((t) => /back/u.test(t.text));
    expect(back).toBeDefined();
    expect(back?.followUp?.dueDate).toBeUndefined();
  });

  it('guard: "Skicka in intyget inom två veckor." with no letter to come keeps its day', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Maria.',
        'caller: Hej, [NAMN]. Jag har fått ett brev om läkarintyg.',
        'agent: Skicka in intyget inom två veckor.',
        'caller: Okej.',
      ],
      DAY,
    );
    const due = section(d, 'followUp').find((t) => /intyg/u.test(t.text));
    expect(due?.followUp?.dueDate).toBe('2026-03-23');
  });
});
