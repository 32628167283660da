import { describe, expect, it } from 'vitest';
import { draft, errandLine } from './testing/drafts.js';

// Round 63, from tuning set 55 (which errand, which topic, what happens next). Sentences written for these tests, not from
// any eval set. Call date Monday 9 March 2026 unless said.

const followUps = (d: ReturnType<typeof draft>) =>
  (d.sections.find((s) => s.key === 'followUp')?.sentences ?? []).map((s) => ({ text: s.text, due: s.followUp?.dueDate, preposition: s.followUp?.preposition }));

describe('the real errand after a side question', () => {
  it('"Men det var en sak till, och det är nog det viktigaste." makes what follows the errand, not the side question', () => {
    const line = errandLine(
      draft('sv', [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar om jag borde byta fond i premiepensionen?',
        'agent: Det kan jag inte ge råd om, men du kan byta själv på Mina sidor.',
        'caller: Okej, jag låter den vara. Men det var en sak till, och det är nog det viktigaste. Min man har flyttat till ett äldreboende och jag vet inte hur det blir med bostadstillägget.',
        'agent: Då behöver du göra en ny ansökan. Jag skickar en blankett.',
        'caller: Tack.',
      ]),
    );
    expect(line).toMatch(/äldreboende/u);
    expect(line).not.toMatch(/fond/u);
  });

  it('"Men grejen är att jag inte kan …" in the second turn is the errand, in a main clause', () => {
    const line = errandLine(
      draft('sv', [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar vilken dag pensionen kommer i april.',
        'agent: Den kommer den artonde.',
        'caller: Okej. Men grejen är att jag inte kan öppna mina brev i appen, det kommer bara ett felmeddelande.',
        'agent: Då kan du behöva uppdatera appen.',
        'caller: Jag provar det. Tack.',
      ]),
    );
    expect(line).toMatch(/kan inte öppna/u);
    expect(line).not.toMatch(/vilken dag/u);
  });

  it('"I\'m [NAMN], god man for [NAMN]": the line says what the god man calls about, not only for whom', () => {
    const line = errandLine(
      draft('en', [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hello, I\'m [NAMN], god man for [NAMN], [PERSONNUMMER]. I sent in his application for guarantee pension in January and have not heard anything.',
        'agent: I can see it. It is being handled and a decision should come within a month.',
        'caller: Thank you.',
      ]),
    );
    expect(line).toMatch(/application for guarantee pension/u);
  });
});

describe('the day of a follow-up', () => {
  it('"statements showing the balance on the thirty-first of December" gives the task no day in December', () => {
    const steps = followUps(
      draft('en', [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hello, [NAMN], [PERSONNUMMER]. I got a letter about my housing supplement.',
        'agent: Yes, we need statements from your savings account showing the balance on the thirty-first of December. Please send them by the twentieth of March.',
        'caller: I will. Thank you.',
      ]),
    );
    expect(steps.some((f) => f.due === '2026-12-31')).toBe(false);
  });

  it('"I\'ll register the move, first of July": the registration is made in the call, dated the call\'s day', () => {
    const steps = followUps(
      draft('en', [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hello, [NAMN], [PERSONNUMMER]. We are moving to Greece, first of July.',
        'agent: Congratulations. I\'ll register the move, first of July. Which town?',
        'caller: Chania.',
        'agent: Thank you, that is noted.',
      ]),
    );
    const move = steps.find((f) => /register/u.test(f.text));
    expect(move?.due).toBe('2026-03-09');
  });

  it('"inom två månader från beslutet, alltså senast den fjärde maj": the day said outright is the deadline', () => {
    const steps = followUps(
      draft('sv', [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: [NAMN], [PERSONNUMMER]. Jag tycker att beslutet om min garantipension är fel.',
        'agent: Du kan begära omprövning. Den ska vara inne inom två månader från beslutet, alltså senast den fjärde maj.',
        'caller: Då skriver jag en.',
      ]),
    );
    expect(steps.some((f) => f.due === '2026-05-04' && f.preposition === 'by')).toBe(true);
  });
});

describe('a step that waits on the caller\'s own undecided plan is no follow-up', () => {
  it('"Nej, inte förrän ni har bestämt er. Då anmäler du det till oss." lists no step', () => {
    const steps = followUps(
      draft('sv', [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Vi kanske flyttar till Italien om några år. Ska jag anmäla något nu?',
        'agent: Nej, inte förrän ni har bestämt er och vet vilket datum ni flyttar. Då anmäler du det till oss och till Skatteverket.',
        'caller: Bra, tack.',
      ]),
    );
    expect(steps.some((f) => /anmäl/u.test(f.text))).toBe(false);
  });

  it('"Först när vi har fått in den … Då skickar vi ett brev" stays the agency\'s step', () => {
    const steps = followUps(
      draft('sv', [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har skickat in en fullmakt för min son.',
        'agent: Fullmakten gäller först när vi har fått in den och registrerat den. Då skickar vi ett brev till er båda om att den är registrerad.',
        'caller: Okej, tack.',
      ]),
    );
    expect(steps.some((f) => /brev/u.test(f.text))).toBe(true);
  });
});
