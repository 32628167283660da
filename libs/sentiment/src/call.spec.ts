import type { Segment, Transcript } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { scoreCall } from './call.js';

const transcript = (lines: [Segment['speaker'], string][], language: 'sv' | 'en' = 'sv'): Transcript => ({
  language,
  source: 'sidecar',
  segments: lines.map(([speaker, text], index) => ({ index, speaker, text })),
});

// The bundled demo call: upset at first, grateful at the end.
const improving = transcript([
  ['agent', 'Pensionsmyndigheten, du pratar med Karin. Vad kan jag hjälpa dig med?'],
  ['caller', 'Hej. Jag är faktiskt väldigt upprörd. Mitt bostadstillägg har slutat komma och jag har inte fått något besked alls.'],
  ['agent', 'Jag förstår att det är jobbigt. Kan jag få ditt personnummer så tittar jag på ditt ärende?'],
  ['caller', 'Ja, det är [PERSONNUMMER].'],
  ['agent', 'Tack. Jag ser att vi skickade en begäran om uppgifter om din nya hyra i mars.'],
  ['caller', 'Det brevet har jag aldrig fått. Jag flyttade i februari.'],
  ['caller', 'Okej. Hur lång tid tar det?'],
  ['caller', 'Vad bra, tack så mycket för hjälpen. Nu känns det mycket bättre.'],
]);

const worsening = transcript([
  ['caller', 'Hej, tack för att ni svarar så snabbt.'],
  ['agent', 'Vad kan jag hjälpa till med?'],
  ['caller', 'Jag undrar varför min pension blev lägre.'],
  ['agent', 'Tyvärr kan jag inte se det i systemet.'],
  ['caller', 'Det här är helt orimligt. Jag är förbannad och väldigt besviken på er.'],
]);

describe('scoreCall', () => {
  it('scores every utterance and tells who said it', () => {
    const result = scoreCall(improving);
    expect(result.utterances.map((u) => u.segmentIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(result.utterances[1]).toMatchObject({
      speaker: 'caller',
      label: 'negative',
    });
    expect(result.utterances[7]).toMatchObject({
      speaker: 'caller',
      label: 'positive',
    });
  });

  it("shows the caller's sentiment rising from negative", () => {
    const { caller, alerts } = scoreCall(improving);
    expect(caller!.start).toBeLessThan(0);
    expect(caller!.end).toBeGreaterThan(0);
    expect(caller!.improved).toBe(true);
    expect(caller!.trend).toBeGreaterThan(0);
    expect(caller!.min).toBeLessThan(-0.3);
    expect(caller!.negativeShare).toBeCloseTo(1 / 5);
    expect(alerts).toEqual([]);
  });

  it('summarises each speaker and the call', () => {
    const result = scoreCall(improving);
    const caller = result.bySpeaker.find((s) => s.speaker === 'caller')!;
    expect(caller.utterances).toBe(5);
    expect(caller.min).toBe(result.caller!.min);
    expect(result.bySpeaker.map((s) => s.speaker).sort()).toEqual(['agent', 'caller']);
    const mean = result.utterances.reduce((sum, u) => sum + u.score, 0) / result.utterances.length;
    expect(result.call).toBeCloseTo(mean, 2);
  });

  it('alerts when the caller ends strongly negative and the trend falls', () => {
    const { caller, alerts } = scoreCall(worsening);
    expect(caller!.improved).toBe(false);
    // The learned model (alert-model.ts) agrees.
    expect(alerts.map((a) => a.kind).sort()).toEqual(['callerEndsNegative', 'callerSoundsAngry', 'callerTrendFalling']);
    expect(alerts.find((a) => a.kind === 'callerEndsNegative')).toMatchObject({
      value: caller!.end,
      threshold: -0.43,
    });
  });

  it('takes its alert thresholds from the options', () => {
    expect(
      scoreCall(worsening, {
        alerts: { callerEndBelow: -0.99, callerTrendBelow: -1.99 },
        alertModel: false,
      }).alerts,
    ).toEqual([]);
    const strict = scoreCall(improving, {
      alerts: { callerEndBelow: 0.99 },
    }).alerts;
    expect(strict.map((a) => a.kind)).toEqual(['callerEndsNegative']);
  });

  it('has no caller trajectory when the caller said nothing, and no talk time without times', () => {
    const result = scoreCall(transcript([['agent', 'Hallå?']]));
    expect(result.caller).toBeNull();
    expect(result.alerts).toEqual([]);
    expect(result.talk).toBeNull();
  });

  it('scores English calls', () => {
    const result = scoreCall(
      transcript(
        [
          ['caller', "I'm really upset, my payment didn't arrive."],
          ['agent', 'I will send you a new decision today.'],
          ['caller', 'Thank you so much, that is great.'],
        ],
        'en',
      ),
    );
    expect(result.caller).toMatchObject({ improved: true });
    expect(result.caller!.start).toBeLessThan(0);
  });

  // Issue 14, error kind 7: no alert fired on a clearly angry repayment call whose caller ended resigned.
  it('alerts on an angry caller who ends resigned, not on a satisfied one who hedges', () => {
    const angry = transcript([
      ['agent', 'Pensionsmyndigheten, du pratar med Lena.'],
      ['caller', 'Jag har fått ett brev om att jag ska betala tillbaka fjorton tusen kronor.'],
      ['agent', 'Bostadstillägget räknades om eftersom du fick en inkomst i fjol.'],
      ['caller', 'Men det var ju ett arv. Jag har inte gjort något fel.'],
      ['agent', 'Arvet räknas som inkomst det året.'],
      ['caller', 'Jag vill att nån tittar på det här på riktigt. Den är så liten, min pension.'],
      ['agent', 'Du kan begära omprövning inom två månader.'],
      ['caller', 'Okej. Hej.'],
    ]);
    expect(scoreCall(angry).alerts.map((a) => a.kind)).toContain('callerEndsNegative');
    const satisfied = transcript(
      [
        ['caller', "Hi, I can't log in to My Pages."],
        ['agent', 'Choose BankID on the front page.'],
        ['caller', "Oh, it worked. That's great, thank you so much."],
        ['caller', "Okay, and if that doesn't work next time I'll call you back."],
      ],
      'en',
    );
    expect(scoreCall(satisfied).alerts).toEqual([]);
  });
});


describe('issue 14, second round: an angry call ends angry even with a practical question between protests', () => {
  // Whole calls as Whisper writes them; the angry one asks for a call-back before its last protest.
  const angry = transcript([
    ['agent', 'Pensionsmyndigheten, du pratar med Maria.'],
    ['caller', 'Ja hej. Jag har fått ett brev här. Att jag ska betala tillbaka pension. Jag fattar ingenting.'],
    ['agent', 'Jag ser att garantipensionen räknades om.'],
    ['caller', 'Men jag har ju inte hittat på någonting. Jag har lämnat alla uppgifter jag fick.'],
    ['agent', 'Du har rätt att begära omprövning inom två månader.'],
    ['caller', 'Det här är helt orimligt. Jag vill att en riktig människa går igenom mitt ärende.'],
    ['agent', 'Du kan också få en avbetalningsplan.'],
    ['caller', 'Och vem ska jag prata med då? Kan nån ringa mig på torsdag förmiddag?'],
    ['agent', 'Ja, jag ringer dig på torsdag förmiddag.'],
    ['caller', 'Jaha. Jag tycker fortfarande att det är ett övergrepp. Hej.'],
  ]);
  const satisfied = transcript(
    [
      ['caller', "Hi, hello. I'm thinking about when to retire and I'd like to understand my options."],
      ['agent', "You apply online on My Pages. If that doesn't work, you can call us."],
      ['caller', "Great. And if that doesn't work I'll call you back."],
      ['caller', 'Brilliant, thank you so much, that was really helpful.'],
    ],
    'en',
  );

  it('alerts on the angry call and not on the satisfied one', () => {
    expect(scoreCall(angry).alerts.map((a) => a.kind)).toContain('callerEndsNegative');
    expect(scoreCall(angry).caller!.end).toBeLessThanOrEqual(-0.45);
    expect(scoreCall(satisfied).alerts).toEqual([]);
  });
});

describe('issue 14, round 5: a closing thank-you is courtesy, not satisfaction', () => {
  // An angry caller who still says "tack" when hanging up; the thanks must not cancel the protests.
  const angryPolite = transcript([
    ['agent', 'Pensionsmyndigheten, du pratar med Eva.'],
    ['caller', 'Hej. Min pension har inte kommit i december heller.'],
    ['agent', 'Jag ser att utbetalningen stoppades i väntan på ditt kontonummer.'],
    ['caller', 'Det skickade jag in i oktober.'],
    ['agent', 'Det har inte kommit fram till oss.'],
    ['caller', 'Ni har aldrig fått något av det jag skickat. Jag har ringt fyra gånger nu.'],
    ['agent', 'Du kan lägga in kontot på Mina sidor, då går det fortare.'],
    ['caller', 'Okej. Tack. Hej.'],
  ]);
  // A satisfied caller whose relief comes before the closing thanks.
  const relieved = transcript(
    [
      ['caller', "Hello, my pension hasn't arrived and I'm worried."],
      ['agent', 'It was paid yesterday; banks take a day or two.'],
      ['caller', "Oh, that's a relief."],
      ['caller', 'Thanks. Bye.'],
    ],
    'en',
  );
  // A neutral call whose only feeling at the end is the thanks.
  const neutral = transcript([
    ['caller', 'Hej, jag behöver en blankett för bostadstillägg.'],
    ['agent', 'Jag skickar den i dag.'],
    ['caller', 'Okej, tack så mycket. Hej då.'],
  ]);

  it('alerts on the angry caller who thanks when hanging up', () => {
    const result = scoreCall(angryPolite);
    expect(result.caller!.end).toBeLessThanOrEqual(-0.45);
    expect(result.alerts.map((a) => a.kind)).toContain('callerEndsNegative');
  });

  it('counts warm thanks ("tack så mycket för hjälpen") as gratitude, not courtesy', () => {
    const satisfied = transcript([
      ['caller', 'Hej, jag förstår inte blanketten för bostadstillägg.'],
      ['agent', 'Jag går igenom den med dig.'],
      ['caller', 'Okej.'],
      ['agent', 'Där fyller du i hyran och vem du bor med.'],
      ['caller', 'Den är krånglig, den där sidan fyra.'],
      ['caller', 'Tack så mycket för hjälpen.'],
    ]);
    expect(scoreCall(satisfied).alerts).toEqual([]);
  });

  it('keeps a relieved and a neutral caller who thank positive', () => {
    expect(scoreCall(relieved).caller!.end).toBeGreaterThan(0.3);
    expect(scoreCall(relieved).alerts).toEqual([]);
    expect(scoreCall(neutral).caller!.end).toBeGreaterThan(0);
  });
});

describe('issue 14, round 5: a caller whose last feeling is a complaint ends there', () => {
  const lastWordAComplaint = transcript([
    ['caller', 'Hej, jag har fått ett beslut om att min garantipension sänks från januari.'],
    ['agent', 'Det stämmer, din tjänstepension har höjts.'],
    ['caller', 'Jaha. Och det har ingen tyckt att jag behövde veta förrän nu.'],
    ['agent', 'Beslutet skickades den tolfte november.'],
    ['caller', 'Okej, bra att veta i alla fall.'],
    ['agent', 'Du kan begära omprövning inom två månader.'],
    ['caller', 'Det här är inte första gången ni gör så här. Jag tänker vända mig till JO.'],
    ['agent', 'Det har du rätt att göra.'],
    ['caller', 'Tack. Hej.'],
  ]);
  const worriedToTheEnd = transcript([
    ['caller', 'Hej, jag har fått ett brev om min garantipension.'],
    ['agent', 'Den blir lägre eftersom tjänstepensionen har höjts.'],
    ['caller', 'Okej, bra att veta.'],
    ['caller', 'Jag är ändå lite orolig för hyran.'],
  ]);

  it('alerts although the middle of the half was calm', () => {
    const result = scoreCall(lastWordAComplaint);
    expect(result.caller!.end).toBeLessThanOrEqual(-0.45);
    expect(result.alerts.map((a) => a.kind)).toContain('callerEndsNegative');
  });

  it('does not do so for a worry: only a complaint or sarcasm phrase ends the call there', () => {
    expect(scoreCall(worriedToTheEnd).alerts).toEqual([]);
  });
});

describe('issue 14, round 6: a complaint in the second half stands until the caller makes peace', () => {
  // The complaint is followed by a milder feeling, not by relief: the anger has not gone.
  const complaintThenGrumble = transcript([
    ['caller', 'Hej, jag ringer om mitt bostadstillägg som har sänkts.'],
    ['agent', 'Det stämmer, din hyra har ändrats i våra uppgifter.'],
    ['caller', 'Jaha.'],
    ['agent', 'Jag kan skicka en ny blankett.'],
    ['caller', 'Ja, bra, gör det.'],
    ['agent', 'Den kommer i veckan.'],
    ['caller', 'Det var ju ni som gav mig fel besked förra gången.'],
    ['agent', 'Det beklagar jag.'],
    ['caller', 'Det är lite tråkigt alltihop.'],
  ]);
  // The same complaint, then relief and warm thanks: making peace.
  const complaintThenRelief = transcript(
    [
      ['caller', 'Hello, my housing supplement was reduced.'],
      ['agent', 'Your rent in our records is lower than it should be.'],
      ['caller', 'Nobody told me anything about that.'],
      ['agent', 'I can correct it now, and you will get the difference back.'],
      ['caller', "Oh, that's a relief. Thank you so much."],
    ],
    'en',
  );

  it('alerts when a milder feeling follows the complaint', () => {
    const result = scoreCall(complaintThenGrumble);
    expect(result.caller?.end).toBeLessThanOrEqual(-0.45);
    expect(result.alerts.map((a) => a.kind)).toContain('callerEndsNegative');
  });

  it('does not alert when relief follows it', () => {
    expect(scoreCall(complaintThenRelief).alerts).toEqual([]);
  });
});

describe('issue 14, round 6: a last feeling of anger ends the call as a complaint does, a worry does not', () => {
  const call = (last: string, language: 'sv' | 'en' = 'sv') =>
    transcript(
      language === 'sv'
        ? [
            ['caller', 'Hej, jag har fått ett beslut om mitt bostadstillägg.'],
            ['agent', 'Ja, det sänks från mars eftersom hyran har ändrats.'],
            ['caller', 'Okej.'],
            ['agent', 'Jag skickar en kopia av beräkningen i dag.'],
            ['caller', 'Ja, det är bra att ni skickar den.'],
            ['agent', 'Den kommer i veckan.'],
            ['caller', last],
          ]
        : [
            ['caller', 'Hello, I got a decision about my housing supplement.'],
            ['agent', 'Yes, it goes down from March because your rent changed.'],
            ['caller', 'Okay.'],
            ['agent', "I'll send you a copy of the calculation today."],
            ['caller', "Yes, it's good that you send it."],
            ['agent', 'It will arrive this week.'],
            ['caller', last],
          ],
      language,
    );

  it.each([
    ['sv', 'Jag är ändå väldigt besviken.'],
    ['en', "I'm still very disappointed."],
  ] as const)('%s: "%s" alerts', (language, last) => {
    expect(scoreCall(call(last, language)).alerts.map((a) => a.kind)).toContain('callerEndsNegative');
  });

  it.each([
    ['sv', 'Jag är ändå väldigt orolig.'],
    ['en', "I'm still very worried."],
  ] as const)('%s: "%s" does not end the call negative', (language, last) => {
    // (Its fall from "bra" to "orolig" may still raise the trend alert.)
    const result = scoreCall(call(last, language));
    expect(result.caller?.end).toBeGreaterThan(-0.35);
    expect(result.alerts.map((a) => a.kind)).not.toContain('callerEndsNegative');
  });
});

describe('issue 14, round 6: the strongest complaint since the caller last made peace holds the end', () => {
  const strongThenMild = transcript([
    ['caller', 'Hej, jag har fått ett beslut om att min garantipension sänks.'],
    ['agent', 'Det stämmer, din tjänstepension har höjts.'],
    ['caller', 'Jaha.'],
    ['agent', 'Beslutet skickades den tolfte november.'],
    ['caller', 'Okej, bra att veta i alla fall.'],
    ['agent', 'Du kan begära omprövning inom två månader.'],
    ['caller', 'Det här är inte första gången ni gör så här. Jag tänker vända mig till JO.'],
    ['agent', 'Det har du rätt att göra.'],
    ['caller', 'Jag är lite besviken.'],
  ]);

  it('does not let a milder word of anger after a strong complaint calm the end', () => {
    const result = scoreCall(strongThenMild);
    expect(result.caller?.end).toBeLessThanOrEqual(-0.6);
    expect(result.alerts.map((a) => a.kind)).toContain('callerEndsNegative');
  });
});

describe('issue 14, round 6: a curt reply after a complaint makes no peace', () => {
  const complaintThen = (reply: string, language: 'sv' | 'en' = 'sv') =>
    transcript(
      language === 'sv'
        ? [
            ['caller', 'Hej, jag ringer om min pension.'],
            ['agent', 'Vad gäller det?'],
            ['caller', 'Den har inte kommit.'],
            ['agent', 'Den skickades till ett konto som är avslutat.'],
            ['caller', 'Det har jag ju redan sagt till er två gånger. Ni gör ingenting.'],
            ['agent', 'Jag kan lägga in det nya kontot nu.'],
            ['caller', reply],
          ]
        : [
            ['caller', "Hello, I'm calling about my pension."],
            ['agent', 'What is it about?'],
            ['caller', "It hasn't come."],
            ['agent', 'It was sent to an account that is closed.'],
            ['caller', "I've already told you people that twice."],
            ['agent', 'I can register the new account now.'],
            ['caller', reply],
          ],
      language,
    );

  it.each([
    ['sv', 'Okej, bra.'],
    ['sv', 'Toppen.'],
    ['en', 'Great.'],
  ] as const)('%s: "%s" leaves the alert', (language, reply) => {
    expect(scoreCall(complaintThen(reply, language)).alerts.map((a) => a.kind)).toContain('callerEndsNegative');
  });

  it.each([
    ['sv', 'Bra, då är det ordnat. Tack så mycket för hjälpen.'],
    ['sv', 'Toppen, tack.'],
    ['en', "Oh good, that's a relief. Thank you so much."],
  ] as const)('%s: "%s" makes peace', (language, reply) => {
    expect(scoreCall(complaintThen(reply, language)).alerts).toEqual([]);
  });
});
