import { describe, expect, it } from 'vitest';
import { draft, noteText, texts } from './testing/drafts.js';

// Round 51, from tuning set 43 (the act done in the call, with what was done; pronouns and spoken leftovers).
// Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) =>
  (d.sections.find((s) => s.key === 'followUp')?.sentences ?? []).map((s) => ({ text: s.text, due: s.followUp?.dueDate, preposition: s.followUp?.preposition }));

describe('the act done in the call, told with what was done', () => {
  it('"Jag kan registrera ansökan här i telefon." … "Då har jag registrerat det." is the application registered, not the offer', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har slutat jobba och vill ta ut min pension. [PERSONNUMMER].',
      'agent: Tack. Jag kan registrera ansökan här i telefon. Hela pensionen?',
      'caller: Ja, hela.',
      'agent: Då har jag registrerat det. Du får ett beslut hem.',
      'caller: Tack.',
    ], '2047-02-04');
    expect(noteText(d)).not.toMatch(/kan registrera/u);
    expect(followUps(d)).toContainEqual({ text: 'Handläggaren registrerade ansökan i telefon.', due: '2047-02-04', preposition: 'on' });
  });

  it('"I can register the request now if you like." "Yes." "I\'ve registered it." names the request, not "it"', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      "caller: Hi. You turned down my housing supplement because of my savings. That's wrong.",
      'agent: If you think the decision is wrong you can ask for a review. I can register the request now if you like.',
      'caller: Yes, do that.',
      "agent: I've registered it. Someone else will look at it within two months.",
      'caller: Fine.',
    ], '2047-02-05');
    expect(noteText(d)).not.toMatch(/registered it/u);
    expect(followUps(d)).toContainEqual({ text: 'The agent registered the request.', due: '2047-02-05', preposition: 'on' });
  });

  it('the caller\'s "Can you take more tax each month?" and "Two thousand kronor extra each month. I\'ve registered that now." say what was registered', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      'caller: Hi. I had to pay back tax last year. Can you take more tax each month?',
      'agent: Yes. How much extra?',
      'caller: Two thousand.',
      "agent: Two thousand kronor extra each month. I've registered that now.",
      'caller: Great.',
    ], '2047-02-06');
    expect(noteText(d)).not.toMatch(/registered that/u);
    expect(followUps(d)).toContainEqual({
      text: 'The agent registered during the call that the agency will take more tax each month: 2 000 kronor extra each month.',
      due: '2047-02-06',
      preposition: 'on',
    });
  });

  it('"Jag kan ändra kontot nu om du har numret." … "Tack, nu är kontot ändrat." is the account changed, the offer gone', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min pension kom inte i mars, jag har bytt bank.',
      'agent: Den gick till ett avslutat konto. Men jag kan ändra kontot nu om du har det nya kontonumret.',
      'caller: Ja, vänta... här.',
      'agent: Tack, nu är kontot ändrat. Pensionen betalas ut på nytt på fredag.',
      'caller: Tack.',
    ], '2047-02-05');
    expect(noteText(d)).not.toMatch(/kan ändra|Nu är kontot/u);
    expect(followUps(d)).toContainEqual({ text: 'Handläggaren ändrade kontot.', due: '2047-02-05', preposition: 'on' });
  });

  it('"Så... nu står det att bytet är registrerat." is the caller\'s change made in the app during the call', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag vill byta fond men hittar inte var i appen.',
      'agent: Tryck på Premiepension och sen på Byt fonder, och signera med BankID.',
      'caller: Så... nu står det att bytet är registrerat.',
      'agent: Bra. Det genomförs på några dagar.',
      'caller: Toppen.',
    ], '2047-02-06');
    expect(followUps(d)).toContainEqual({ text: 'Kunden ordnade det själv i e-tjänsten under samtalet: bytet är registrerat.', due: '2047-02-06', preposition: 'on' });
  });
});

describe('pronouns and spoken leftovers', () => {
  it('"I have power of attorney for my father." … "We sent in his application" says whose application', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      'caller: Hi, I have power of attorney for my father. [PERSONNUMMER].',
      'agent: Yes, I can see it. What is it about?',
      "caller: We sent in his housing supplement application a month ago and haven't heard anything.",
      "agent: It came in but it isn't signed. I'll send it back to you today.",
      'caller: Okay, thanks.',
    ], '2047-02-07');
    expect(noteText(d)).toMatch(/the customer's housing supplement application/u); // (Round 61: the father called for is "the customer".)
    expect(noteText(d)).not.toMatch(/in his housing/u);
  });

  it('"Hon flyttade den... den sjätte september" is said once', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag ringer för min mamma, jag har fullmakt. Hon har flyttat till ett äldreboende.',
      'agent: Okej. När flyttade hon?',
      'caller: Hon flyttade den... den sjätte september.',
      'agent: Då skickar jag en blankett till dig i dag.',
      'caller: Tack.',
    ], '2047-09-20');
    expect(noteText(d)).not.toMatch(/den\.\.\. den/u);
    expect(noteText(d)).toMatch(/flyttade den 6 september/u);
  });

  it('"Jag kan skicka det orange kuvertet" keeps its article: the envelope is not named twice', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har inget bank-id och kan inte se mitt orange kuvert.',
      'agent: Jag kan skicka det orange kuvertet på papper i stället.',
      'caller: Ja tack.',
    ], '2047-02-08');
    expect(noteText(d)).not.toMatch(/kuvertet orange kuvertet/u);
  });

  it('"So I don\'t have to do anything about SINK?" "No, that follows from the registration." is no question left in the note', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      'caller: Hi. I moved back from Spain and I pay SINK tax. I want normal tax now.',
      "agent: Since you're registered here, Skatteverket changes you to normal tax.",
      "caller: So I don't have to do anything about SINK?",
      'agent: No, that follows from the registration. You will get a new payment statement.',
      'caller: Lovely.',
    ], '2047-02-09');
    expect(texts(d, 'agentActions')).toContain('The caller does not have to do anything about SINK. That follows from the registration.');
  });
});
